import { ref } from "../../../harness/model/dataset.js";
import type { RawDocument } from "./documentArbitrary.js";
import { validatorsAt } from "./paths.js";
import { Branch, Pick, picked } from "./raw.js";
import { JoinPick } from "./joins.js";
import type { ResolvedTable } from "./tableOptions.js";

/**
 * A table's unique keys, split by how they are kept: a key that is one
 * top-level reference field is kept by choosing, for each document, the
 * first free document of the target from the one it picked (no document is
 * lost); any other key by dropping a later document that repeats it.
 */
export interface UniqueKeys {
  /** Top-level reference fields, each with its target table. */
  assigned: Array<{ field: string; target: string }>;
  /** Other keys: per field path, the table it references, if it is a reference. */
  dropped: Array<Array<{ path: string[]; target?: string }>>;
}

export function uniqueKeys(table: ResolvedTable): UniqueKeys {
  const assigned: UniqueKeys["assigned"] = [];
  const dropped: UniqueKeys["dropped"] = [];
  const one = table.exactlyOnePer;
  if (one) assigned.push(one);
  for (const key of table.unique) {
    const target = key.length === 1 ? table.plan.idFields.get(key[0]) : undefined;
    if (target !== undefined) {
      if (!assigned.some((a) => a.field === key[0])) assigned.push({ field: key[0], target });
      continue;
    }
    dropped.push(key.map((path) => ({ path: path.split("."), target: validatorsAt(table.plan.validator, path).find((v) => v.kind === "id")?.tableName })));
  }
  return { assigned, dropped };
}

/** The documents whose `dropped` keys were not held by an earlier document. */
export function dropRepeatedKeys(docs: RawDocument[], keys: UniqueKeys, sizes: ReadonlyMap<string, number>): RawDocument[] {
  if (keys.dropped.length === 0) return docs;
  const seen = keys.dropped.map(() => new Set<string>());
  return docs.filter((doc) => {
    const values = keys.dropped.map((key) => key.map(({ path, target }) => keyPart(valueAt(doc.fields, path), target, sizes)).join("|"));
    if (values.some((value, i) => seen[i].has(value))) return false;
    values.forEach((value, i) => seen[i].add(value));
    return true;
  });
}

/**
 * The documents with each `assigned` reference set to a document no earlier
 * document holds: the picked one if free, else the next free one after it.
 * An optional field with no free target left is left out.
 */
export function assignReferences(docs: RawDocument[], keys: UniqueKeys, sizes: ReadonlyMap<string, number>): RawDocument[] {
  if (keys.assigned.length === 0) return docs;
  let out = docs;
  for (const { field, target } of keys.assigned) {
    const size = sizes.get(target) ?? 0;
    const taken = new Set<number>();
    out = out.map((doc) => {
      const fields = doc.fields as Record<string, unknown>;
      const pick = fields[field];
      if (!(pick instanceof Pick) || size === 0) return doc;
      const start = picked(pick.n, size);
      let index = -1;
      for (let step = 0; step < size && index < 0; step++) if (!taken.has((start + step) % size)) index = (start + step) % size;
      const next = { ...fields };
      if (index < 0) delete next[field];
      else {
        taken.add(index);
        next[field] = ref(target, index);
      }
      return { ...doc, fields: next };
    });
  }
  return out;
}

function valueAt(value: unknown, path: string[]): unknown {
  let current = value instanceof Branch ? value.value : value;
  for (const step of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[step];
    if (current instanceof Branch) current = current.value;
  }
  return current;
}

function keyPart(value: unknown, target: string | undefined, sizes: ReadonlyMap<string, number>): string {
  if (value === undefined) return "absent";
  // A joined value is its source document's (two members of one identity repeat a key), or its own on a miss.
  if (value instanceof JoinPick) return value.miss ? keyPart(value.own, target, sizes) : `join:${value.source}:${picked(value.pick, sizes.get(value.source) ?? 0)}`;
  if (value instanceof Pick) return `ref:${picked(value.n, sizes.get(target ?? "") ?? 0)}`;
  if (typeof value === "bigint") return `bigint:${value}`;
  if (value instanceof ArrayBuffer) return `bytes:${[...new Uint8Array(value)].join(",")}`;
  return `${typeof value}:${JSON.stringify(value)}`;
}
