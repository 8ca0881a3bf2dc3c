import type { GenericValidator } from "convex/values";
import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";
import { fingerprint, stableStringify, stringifyMapped } from "../model/stable.js";
import { isArray, keysOf, isPlainObject } from "../model/values.js";

export { stableStringify } from "../model/stable.js";

/** A document of a canonical snapshot: `_id` is a content label, `_creationTime` is gone. */
export type CanonicalDocument = { _id: string; [field: string]: unknown };

export interface CanonicalSnapshot {
  tables: Record<string, CanonicalDocument[]>;
}

/** The part of a Convex schema canonicalization reads: each table's document validator. */
export interface SchemaLike {
  tables: Record<string, { validator: GenericValidator }>;
}

/** Iterations after which a reference cycle stops refining its labels. */
const MAX_ROUNDS = 32;

/** Who wants to know which label each id got (a session naming documents in its failures). */
let labelListener: ((id: string, label: string) => void) | undefined;

/**
 * Runs `work` and returns, with its result, the content label every
 * canonicalize call inside it gave each id: what lets a failure show
 * `users[0]` where a diff would say `users:1a2b3c4d`. Property runs are
 * sequential, so one listener at a time is enough.
 */
export async function withContentLabels<T>(work: () => Promise<T> | T): Promise<{ result: T; labels: Map<string, string> }> {
  const labels = new Map<string, string>();
  const previous = labelListener;
  labelListener = (id, label) => void labels.set(id, label);
  try {
    return { result: await work(), labels };
  } finally {
    labelListener = previous;
  }
}

/**
 * A snapshot "up to id renaming" (docs/architecture.md). Convex mints a new id
 * on every insert, so a rollback that re-creates a document changes its id,
 * and two backends never mint the same ids. Here every id, as `_id` and
 * wherever it is referenced, becomes a label computed from the content of the
 * document it names and, recursively, of the documents that one references:
 * `users:1a2b3c4d`. Equal contents get equal labels on any backend.
 *
 * `_creationTime` is dropped (a re-created document is younger). Strings that
 * equal the id of a document in the snapshot are relabelled anywhere, also in
 * v.string / v.any fields (a ledger's `docId`). With a schema, a v.id field
 * naming a document that does not exist (an orphan reference) becomes
 * `<table>:dangling`, so orphans compare equal across backends.
 */
export function canonicalize(snapshot: Snapshot, schema?: SchemaLike): CanonicalSnapshot {
  const owners = new Map<string, string>();
  for (const [table, docs] of Object.entries(snapshot.tables)) for (const doc of docs) owners.set(doc._id, table);
  const dangling = schema ? danglingIds(snapshot, schema, owners) : new Map<string, string>();

  // Labels are refined until they stop changing: a document's label is the
  // hash of its content with references replaced by its targets' labels. For
  // acyclic references the fixpoint depends only on content, however many
  // rounds it took; cycles stop after MAX_ROUNDS, which is also content-determined.
  let labels = new Map<string, string>();
  for (const [id, table] of owners) labels.set(id, table);
  for (const [id, table] of dangling) labels.set(id, `${table}:dangling`);
  const entries: Entry[] = [];
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    for (const doc of docs) entries.push({ table, id: doc._id, content: contentOf(doc), refers: false });
  }
  // A document that references nothing has its final label at once; only the
  // others are refined, which is most of the work saved on typical snapshots.
  const referring: Entry[] = [];
  for (const entry of entries) {
    entry.refers = mentionsAny(entry.content, labels);
    if (entry.refers) referring.push(entry);
    else labels.set(entry.id, `${entry.table}:${fingerprint(entry.table + stableStringify(entry.content))}`);
  }
  for (let round = 0; round < MAX_ROUNDS && referring.length > 0; round++) {
    const next = new Map(labels);
    let changed = false;
    for (const { table, id, content } of referring) {
      // Printed with references replaced by their labels, without a relabelled copy.
      const label = `${table}:${fingerprint(table + stringifyMapped(content, labels))}`;
      if (label !== labels.get(id)) changed = true;
      next.set(id, label);
    }
    labels = next;
    if (!changed) break;
  }

  if (labelListener) for (const entry of entries) labelListener(entry.id, labels.get(entry.id)!);
  const byTable = new Map<string, Array<{ doc: CanonicalDocument; key?: string }>>();
  for (const entry of entries) {
    // Only a referring document holds ids to replace; the copy sorts keys either way.
    const doc = sortedCopy({ _id: labels.get(entry.id)!, ...entry.content }, entry.refers ? labels : undefined) as CanonicalDocument;
    let list = byTable.get(entry.table);
    if (!list) byTable.set(entry.table, (list = []));
    list.push({ doc });
  }
  const tables: Record<string, CanonicalDocument[]> = {};
  for (const table of keysOf(snapshot.tables).sort()) {
    // Ordered by label, then by content: the content is printed only for equal labels.
    const keyOf = (item: { doc: CanonicalDocument; key?: string }) => (item.key ??= stableStringify(item.doc));
    tables[table] = (byTable.get(table) ?? [])
      .sort((a, b) => compareStrings(a.doc._id, b.doc._id) || compareStrings(keyOf(a), keyOf(b)))
      .map(({ doc }) => doc);
  }
  return { tables };
}

interface Entry {
  table: string;
  id: string;
  content: Record<string, unknown>;
  /** Whether the content holds an id of the snapshot (or a dangling one). */
  refers: boolean;
}

/** Whether any string inside `value` is a known id. */
function mentionsAny(value: unknown, ids: Map<string, string>): boolean {
  if (typeof value === "string") return ids.has(value);
  if (isArray(value)) return value.some((item) => mentionsAny(item, ids));
  if (isPlainObject(value)) {
    for (const key in value) if (mentionsAny(value[key], ids)) return true;
  }
  return false;
}

function contentOf(doc: SnapshotDocument): Record<string, unknown> {
  const { _id, _creationTime, ...content } = doc;
  return content;
}

/**
 * A deep copy with object keys sorted and undefined fields dropped, every
 * string that is a known id replaced by its label when `labels` is given.
 */
function sortedCopy(value: unknown, labels: Map<string, string> | undefined): unknown {
  if (typeof value === "string") return labels?.get(value) ?? value;
  if (isArray(value)) return value.map((item) => sortedCopy(item, labels));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const key of keysOf(value).sort(compareStrings)) {
    if (value[key] !== undefined) out[key] = sortedCopy(value[key], labels);
  }
  return out;
}

/** Ids in v.id positions of the schema that name no document of the snapshot, with their table. */
function danglingIds(snapshot: Snapshot, schema: SchemaLike, owners: Map<string, string>): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (validator: GenericValidator, value: unknown): void => {
    const kind = (validator as { kind: string }).kind;
    if (kind === "id") {
      if (typeof value === "string" && !owners.has(value)) found.set(value, (validator as { tableName: string }).tableName);
    } else if (kind === "object" && isPlainObject(value)) {
      const fields = (validator as unknown as { fields: Record<string, GenericValidator> }).fields;
      for (const name in fields) if (value[name] !== undefined) visit(fields[name], value[name]);
    } else if (kind === "array" && isArray(value)) {
      const element = (validator as unknown as { element: GenericValidator }).element;
      for (const item of value) visit(element, item);
    } else if (kind === "record" && isPlainObject(value)) {
      const { key, value: values } = validator as unknown as { key: GenericValidator; value: GenericValidator };
      for (const name of keysOf(value)) {
        visit(key, name);
        visit(values, value[name]);
      }
    } else if (kind === "union") {
      for (const member of (validator as unknown as { members: GenericValidator[] }).members) visit(member, value);
    }
  };
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    const definition = schema.tables[table];
    if (!definition) continue;
    for (const doc of docs) visit(definition.validator, contentOf(doc));
  }
  return found;
}


function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
