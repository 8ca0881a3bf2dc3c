import { isRefMarker, isSystemTable, SYSTEM_TABLES, type DatasetDocument, type DatasetPatch, type DatasetValue } from "../../../harness/model/dataset.js";

/**
 * System documents a dataset's references pick among (per system table):
 * enough that two fields can hold different files or the same one, few
 * enough that they shrink to one.
 */
export const SYSTEM_DOCUMENTS = 3;

/** Sizes the resolver sees for the system tables: picks into them never escape. */
export const systemSizes: ReadonlyArray<[string, number]> = SYSTEM_TABLES.map((table) => [table, SYSTEM_DOCUMENTS]);

/**
 * The system documents a dataset's references name, as tables of `{}` (a
 * stored blob, a canceled scheduled call each), up to the highest index
 * referenced: a dataset that references no file creates none.
 */
export function systemTables(tables: Record<string, DatasetDocument[]>, patches: readonly DatasetPatch[]): Record<string, DatasetDocument[]> {
  const highest = new Map<string, number>();
  const visit = (value: DatasetValue | undefined): void => {
    if (isRefMarker(value)) {
      const [table, index] = value.__ref;
      if (isSystemTable(table)) highest.set(table, Math.max(highest.get(table) ?? -1, index));
    } else if (Array.isArray(value)) value.forEach(visit);
    else if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) Object.values(value).forEach(visit);
  };
  for (const docs of Object.values(tables)) docs.forEach(visit);
  for (const patch of patches) visit(patch.fields);
  const out: Record<string, DatasetDocument[]> = {};
  for (const table of SYSTEM_TABLES) {
    const last = highest.get(table);
    if (last !== undefined) out[table] = Array.from({ length: last + 1 }, () => ({}));
  }
  return out;
}
