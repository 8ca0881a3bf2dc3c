import { isRefMarker, type Dataset, type DatasetDocument, type DatasetValue } from "../../../model/dataset.js";
import type { SchemaLike } from "../../../snapshot/canonical.js";

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
  const patches: NonNullable<Dataset["patches"]> = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const { table, index } of dataset.deleted ?? []) deleted.push({ table, index: index + copy * (sizes[table] ?? 0) });
    for (const { table, index, fields } of dataset.patches ?? []) {
      patches.push({ table, index: index + copy * (sizes[table] ?? 0), fields: shift(fields, copy, sizes) as typeof fields });
    }
  }
  return patches.length > 0 ? { tables, deleted, patches } : { tables, deleted };
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

/**
 * The dataset with each parent's children multiplied: `factor - 1` more
 * copies of the first `originals[table]` documents of every table in
 * `tables`, appended, each pointing to the very parents its original points
 * to (copies of a deleted or patched document are deleted or patched too).
 * Where `replicate` grows a table with new parents, this grows the number of
 * children per parent, which a batch that reads every child of a parent in
 * its page reads in proportion to. A child is what must reference its
 * parent: the copies leave out the optional references in `links[table]`
 * (a thread cloned from another is a link, not a child of it), so that the
 * documents linked to do not gain links too.
 */
export function growChildren(
  dataset: Dataset,
  tables: ReadonlySet<string>,
  factor: number,
  originals: Record<string, number>,
  links: Record<string, readonly string[]> = {},
): Dataset {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`growChildren: factor must be a positive integer, got ${factor}`);
  const out: Dataset = { ...dataset, tables: { ...dataset.tables }, deleted: [...(dataset.deleted ?? [])], patches: [...(dataset.patches ?? [])] };
  for (const table of tables) {
    const docs = dataset.tables[table] ?? [];
    const n = Math.min(originals[table] ?? 0, docs.length);
    const drop = links[table] ?? [];
    const child = (doc: DatasetDocument) => (drop.some((f) => f in doc) ? Object.fromEntries(Object.entries(doc).filter(([f]) => !drop.includes(f))) : doc);
    const grown = [...docs];
    for (let copy = 1; copy < factor; copy++) {
      const offset = grown.length;
      grown.push(...docs.slice(0, n).map(child));
      for (const { index } of (dataset.deleted ?? []).filter((d) => d.table === table && d.index < n)) out.deleted!.push({ table, index: offset + index });
      for (const patch of (dataset.patches ?? []).filter((p) => p.table === table && p.index < n)) {
        const fields = child(patch.fields);
        if (Object.keys(fields).length > 0) out.patches!.push({ table, index: offset + patch.index, fields });
      }
    }
    out.tables[table] = grown;
  }
  return out;
}

/**
 * Tables whose documents are children a batch over `paged` may read all of:
 * the paged table's own documents when they reference a parent (the other
 * children of their parent), and the documents that reference the paged
 * table (the children of a paged document). Without a paged table, every
 * table that references another.
 */
export function childTables(dataset: Dataset, paged: string | undefined): Set<string> {
  const found = new Set<string>();
  const referencing = (table: string, target?: string) => {
    const docs: DatasetValue[] = [...(dataset.tables[table] ?? []), ...(dataset.patches ?? []).filter((p) => p.table === table).map((p) => p.fields)];
    return docs.some((doc) => refsIn(doc).some((t) => target === undefined || t === target));
  };
  for (const table of Object.keys(dataset.tables)) {
    if (paged === undefined ? referencing(table) : table === paged ? referencing(table) : referencing(table, paged)) found.add(table);
  }
  return found;
}

function refsIn(value: DatasetValue): string[] {
  if (isRefMarker(value)) return [value.__ref[0]];
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) return Object.values(value).flatMap((v) => refsIn(v as DatasetValue));
  return [];
}

/** Per table, its optional top-level fields that hold references: links, which growChildren's copies leave out. */
export function optionalLinks(schema: SchemaLike): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [table, definition] of Object.entries(schema.tables)) {
    const fields = (definition.validator as unknown as { fields?: Record<string, { isOptional: string }> }).fields ?? {};
    const links = Object.entries(fields).filter(([, v]) => v.isOptional === "optional" && holdsIds(v)).map(([field]) => field);
    if (links.length > 0) out[table] = links;
  }
  return out;
}

function holdsIds(validator: unknown): boolean {
  const v = validator as { kind: string; element?: unknown; value?: unknown; members?: unknown[]; fields?: Record<string, unknown> };
  if (v.kind === "id") return true;
  const parts = [v.element, v.kind === "record" ? v.value : undefined, ...(v.members ?? []), ...Object.values(v.fields ?? {})];
  return parts.some((part) => part !== undefined && holdsIds(part));
}
