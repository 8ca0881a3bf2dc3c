import type { GenericValidator } from "convex/values";
import { ref, type Dataset, type DatasetDocument, type DatasetValue } from "../model/dataset.js";
import type { SchemaLike } from "../snapshot/canonical.js";
import { checkValue } from "../model/checkValue.js";
import { decodeExportValue } from "./decode.js";
import type { ExportLine } from "./readExport.js";
import type { SnapshotProblem, SnapshotTableReport } from "./report.js";
import { isPlainObject } from "../model/values.js";

type V = GenericValidator & { kind: string };

interface Doc {
  table: string;
  id: string;
  line: number;
  creationTime: number;
  value: Record<string, unknown>;
  /** [table, id] of every v.id position, in walk order. */
  refs: Array<[string, string]>;
}

export interface Converted {
  dataset: Dataset;
  tables: SnapshotTableReport[];
  problems: SnapshotProblem[];
  /** What is worth knowing but loses nothing (a schema table the export does not have). */
  notes: string[];
  danglingReferences: number;
}

/**
 * Turns exported documents into a Dataset the harness can seed anywhere:
 * system fields dropped, every v.id value replaced by a symbolic reference,
 * tables ordered so that references point backwards (referenced tables
 * first; within a table, by creation time). A reference to a document the
 * export does not hold (an orphan in production) points to a stand-in that
 * is seeded and deleted, so it stays a well-formed dangling id. Documents
 * that fail the schema, or cannot be ordered, are left out and reported.
 */
export function toDataset(exported: Map<string, ExportLine[]>, schema: SchemaLike): Converted {
  const problems: SnapshotProblem[] = [];
  const report = (doc: Pick<Doc, "table" | "line" | "id">, message: string) =>
    problems.push({ kind: "document", table: doc.table, line: doc.line, id: doc.id, message });
  const validatorOf = (table: string) => schema.tables[table]?.validator as unknown as GenericValidator;

  const parsed: Doc[] = [];
  for (const [table, lines] of exported) {
    if (!schema.tables[table]) {
      problems.push({ kind: "table", table, message: `table "${table}" (${lines.length} documents) is not in the schema; skipped` });
      continue;
    }
    for (const { line, value } of lines) {
      const { _id: id, _creationTime: creationTime, ...fields } = value;
      if (typeof id !== "string") {
        report({ table, line, id: undefined as never }, "no string _id");
        continue;
      }
      const decoded = decodeExportValue(fields, validatorOf(table)) as Record<string, unknown>;
      parsed.push({ table, id, line, creationTime: typeof creationTime === "number" ? creationTime : 0, value: decoded, refs: [] });
    }
  }
  const schemaTables = Object.keys(schema.tables);
  const notes: string[] = [];
  // Not a problem: nothing of the export is lost; the table was empty there, or came later.
  for (const table of schemaTables) if (!exported.has(table)) notes.push(`table "${table}" is not in the export; seeded empty`);

  const owner = new Map(parsed.map((d) => [d.id, d.table]));
  const ownerOf = (id: string) => owner.get(id);
  let included = parsed.filter((doc) => {
    const found = checkValue(validatorOf(doc.table), doc.value, "", ownerOf);
    if (found.length > 0) report(doc, `fails the schema: ${found.slice(0, 3).map((p) => `${p.path}: ${p.message}`).join("; ")}`);
    doc.refs = collectIds(validatorOf(doc.table), doc.value, ownerOf);
    return found.length === 0;
  });

  const order = tableOrder(schemaTables, included);
  const rank = new Map(order.map((t, i) => [t, i]));
  included = included.filter((doc) => {
    const forward = doc.refs.find(([t]) => t !== doc.table && rank.get(t)! > rank.get(doc.table)!);
    if (forward) report(doc, `references ${forward[0]} ${forward[1]}, but ${forward[0]} and ${doc.table} reference each other: cannot be seeded in order`);
    return !forward;
  });
  included = orderWithinTables(included, report);

  // Until stable: a document left out can leave another one's reference dangling.
  let live = new Set(included.map((d) => d.id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const doc of included) {
      const dangling = doc.refs.find(([t, id]) => !live.has(id) && templateOf(t, included, live) === undefined);
      if (dangling) {
        report(doc, `references a ${dangling[0]} document (${dangling[1]}) that is not in the export, and no ${dangling[0]} document can stand in for it`);
        live.delete(doc.id);
        changed = true;
      }
    }
    included = included.filter((d) => live.has(d.id));
    live = new Set(included.map((d) => d.id));
  }

  const dataset: Dataset = { tables: {}, deleted: [] };
  const index = new Map<string, [string, number]>();
  const standIns = new Map<string, [string, number]>();
  let danglingReferences = 0;
  for (const table of order) {
    const docs = included.filter((d) => d.table === table);
    const missing = [...new Set(included.flatMap((d) => d.refs.filter(([t, id]) => t === table && !live.has(id)).map(([, id]) => id)))];
    const out: DatasetDocument[] = [];
    for (const id of missing) {
      const template = templateOf(table, included, live)!;
      standIns.set(id, [table, out.length]);
      dataset.deleted!.push({ table, index: out.length });
      out.push(convert(template, validatorOf(table), ownerOf, index, standIns));
      danglingReferences++;
    }
    for (const doc of docs) {
      index.set(doc.id, [table, out.length]);
      out.push(convert(doc, validatorOf(table), ownerOf, index, standIns));
    }
    if (out.length > 0) dataset.tables[table] = out;
  }
  const tables = [...exported.keys()].filter((t) => schema.tables[t]).map((table) => ({
    table,
    documents: exported.get(table)!.length,
    imported: included.filter((d) => d.table === table).length,
  }));
  return { dataset, tables, problems, notes, danglingReferences };
}

/** The schema's order, moved so that a table comes after the tables it references (cycles keep schema order). */
function tableOrder(schemaTables: string[], docs: Doc[]): string[] {
  const deps = new Map(schemaTables.map((t) => [t, new Set<string>()]));
  for (const doc of docs) for (const [t] of doc.refs) if (t !== doc.table && deps.has(t)) deps.get(doc.table)!.add(t);
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (table: string) => {
    if (order.includes(table) || visiting.has(table)) return;
    visiting.add(table);
    for (const dep of deps.get(table)!) visit(dep);
    visiting.delete(table);
    order.push(table);
  };
  schemaTables.forEach(visit);
  return order;
}

/** By creation time (a copy is made after its source), then so that same-table references point backwards. */
function orderWithinTables(docs: Doc[], report: (doc: Doc, message: string) => void): Doc[] {
  const sorted = [...docs].sort((a, b) => a.creationTime - b.creationTime || a.line - b.line);
  const ids = new Set(sorted.map((d) => d.id));
  const placed = new Set<string>();
  const out: Doc[] = [];
  let pending = sorted;
  while (pending.length > 0) {
    const ready = pending.filter((d) => d.refs.every(([t, id]) => t !== d.table || placed.has(id) || !ids.has(id)));
    if (ready.length === 0) {
      for (const doc of pending) report(doc, "is part of a cycle of references within its table: cannot be seeded in order");
      break;
    }
    for (const doc of ready) {
      placed.add(doc.id);
      out.push(doc);
    }
    pending = pending.filter((d) => !placed.has(d.id));
  }
  return out;
}

/** A document of `table` that can stand in for a missing one: no same-table reference, none dangling. */
function templateOf(table: string, docs: Doc[], live: Set<string>): Doc | undefined {
  return docs.find((d) => d.table === table && live.has(d.id) && d.refs.every(([t, id]) => t !== table && live.has(id)));
}

function convert(doc: Doc, validator: GenericValidator, owner: (id: string) => string | undefined, index: Map<string, [string, number]>, standIns: Map<string, [string, number]>): DatasetDocument {
  return walkIds(validator, doc.value, owner, (_table, id) => {
    const target = index.get(id) ?? standIns.get(id);
    if (!target) throw new Error(`internal: ${doc.table} ${doc.id} references ${id}, which was not placed before it`);
    return ref(target[0], target[1]);
  }) as DatasetDocument;
}

/** The ids at the schema's v.id positions, with the table each names. */
function collectIds(validator: GenericValidator, value: unknown, owner: (id: string) => string | undefined): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  walkIds(validator, value, owner, (table, id) => {
    found.push([table, id]);
    return id;
  });
  return found;
}

/**
 * `value` with every string at a v.id position of `validator` replaced by
 * `onId(table, id)`. In a union, an id member is chosen by the table that
 * owns the id; other members by which one the value fits.
 */
function walkIds(validator: GenericValidator, value: unknown, owner: (id: string) => string | undefined, onId: (table: string, id: string) => DatasetValue): unknown {
  const walk = (v: V | undefined, item: unknown): unknown => {
    if (!v || item === undefined) return item;
    if (v.kind === "id" && typeof item === "string") return onId((v as unknown as { tableName: string }).tableName, item);
    if (v.kind === "array" && Array.isArray(item)) return item.map((x) => walk((v as unknown as { element: V }).element, x));
    if (v.kind === "object" && isPlainObject(item)) {
      const fields = (v as unknown as { fields: Record<string, V> }).fields;
      return Object.fromEntries(Object.entries(item).map(([k, x]) => [k, walk(fields[k], x)]));
    }
    if (v.kind === "record" && isPlainObject(item)) {
      return Object.fromEntries(Object.entries(item).map(([k, x]) => [k, walk((v as unknown as { value: V }).value, x)]));
    }
    if (v.kind === "union") {
      const members = (v as unknown as { members: V[] }).members;
      const ids = members.filter((m) => m.kind === "id") as unknown as Array<V & { tableName: string }>;
      if (typeof item === "string" && ids.length > 0) {
        const match = ids.find((m) => m.tableName === owner(item)) ?? (ids.length === 1 && !members.some((m) => m.kind === "string") ? ids[0] : undefined);
        return match ? walk(match, item) : item;
      }
      return walk(members.find((m) => checkValue(m, item, "", owner).length === 0), item);
    }
    return item;
  };
  return walk(validator as V, value);
}
