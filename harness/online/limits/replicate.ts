import { isRefMarker, type Dataset, type DatasetValue } from "../../../generators/dataset.js";

/**
 * The dataset followed by `copies - 1` copies of itself, every reference in
 * a copy pointing into the same copy. The original documents keep their
 * indices and come first in every table, so a migration's first pages hold
 * the same documents on both tables; only the amount of everything else
 * grows. That is what lets withinLimits compare one batch on a small and a
 * large table.
 */
export function replicate(dataset: Dataset, copies: number): Dataset {
  if (!Number.isInteger(copies) || copies < 1) throw new Error(`replicate: copies must be a positive integer, got ${copies}`);
  const sizes = Object.fromEntries(Object.entries(dataset.tables).map(([table, docs]) => [table, docs.length]));
  const tables: Dataset["tables"] = {};
  for (const [table, docs] of Object.entries(dataset.tables)) {
    tables[table] = [];
    for (let copy = 0; copy < copies; copy++) {
      for (const doc of docs) tables[table].push(shift(doc, copy, sizes) as (typeof docs)[number]);
    }
  }
  const deleted: NonNullable<Dataset["deleted"]> = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const { table, index } of dataset.deleted ?? []) deleted.push({ table, index: index + copy * (sizes[table] ?? 0) });
  }
  return { tables, deleted };
}

/** Copies needed for the paged table to reach `target` documents (at least `minimum`). */
export function copiesFor(dataset: Dataset, table: string | undefined, target: number, minimum: number): number {
  const n = table ? (dataset.tables[table]?.length ?? 0) : Math.max(0, ...Object.values(dataset.tables).map((d) => d.length));
  return n === 0 ? minimum : Math.max(minimum, Math.ceil(target / n));
}

function shift(value: DatasetValue, copy: number, sizes: Record<string, number>): DatasetValue {
  if (copy === 0) return value;
  if (isRefMarker(value)) {
    const [table, index] = value.__ref;
    return { __ref: [table, index + copy * (sizes[table] ?? 0)] };
  }
  if (Array.isArray(value)) return value.map((item) => shift(item, copy, sizes));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shift(v as DatasetValue, copy, sizes)]));
  }
  return value;
}
