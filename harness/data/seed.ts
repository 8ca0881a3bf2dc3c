import type { Dataset, DatasetValue } from "../../generators/dataset.js";
import { isRefMarker } from "../../generators/dataset.js";
import type { App } from "../app.js";
import type { Backend } from "../backends/backend.js";
import { isArray, isPlainObject, keysOf } from "../snapshot/natives.js";

/** Real ids of a seeded dataset: `ids[table][index]`. */
export type SeededIds = Record<string, string[]>;

/**
 * Documents per seed call. Each call is one transaction, so a chunk must stay
 * well inside Convex's per-mutation write limits (8,192 documents, 16 MiB).
 */
const CHUNK_DOCUMENTS = 256;

/**
 * Seeds a dataset through the app's `seed` function, table by table, in
 * chunks. References to documents of earlier chunks are resolved here; those
 * inside the same chunk are left as markers for the seed function, which
 * knows the ids it has just minted.
 */
export async function seedDataset(app: App, backend: Backend, dataset: Dataset): Promise<SeededIds> {
  const ids: SeededIds = {};
  for (const [table, documents] of Object.entries(dataset.tables)) {
    if (!app.tables.includes(table)) {
      throw new Error(`dataset has table "${table}", which the app's schema does not define`);
    }
    ids[table] = [];
    for (let start = 0; start < documents.length; start += CHUNK_DOCUMENTS) {
      const chunk = documents.slice(start, start + CHUNK_DOCUMENTS).map((doc, offset) => ({
        index: start + offset,
        doc: resolveRefs(doc, ids, { table, index: start + offset, chunkStart: start }),
      }));
      const minted = (await backend.mutation(app.functions.seed, { table, documents: chunk })) as string[];
      ids[table].push(...minted);
    }
  }
  const deleted = (dataset.deleted ?? []).map(({ table, index }) => {
    const id = ids[table]?.[index];
    if (id === undefined) throw new Error(`dataset deletes ${table}[${index}], which it does not contain`);
    return id;
  });
  if (deleted.length > 0) await backend.mutation(app.functions.deleteDocuments, { ids: deleted });
  return ids;
}

interface Position {
  table: string;
  index: number;
  chunkStart: number;
}

function resolveRefs(value: DatasetValue, ids: SeededIds, at: Position): DatasetValue {
  if (isRefMarker(value)) {
    const [table, index] = value.__ref;
    const known = ids[table]?.[index];
    if (known !== undefined) return known;
    if (table === at.table && index >= at.chunkStart && index < at.index) return value;
    throw new Error(
      `${at.table}[${at.index}] references ${table}[${index}], which is not seeded before it: ` +
        "a reference must point to an earlier table or an earlier document of the same table",
    );
  }
  if (isArray(value)) return value.map((item) => resolveRefs(item as DatasetValue, ids, at));
  if (isPlainObject(value)) {
    const out: Record<string, DatasetValue> = {};
    for (const key of keysOf(value)) out[key] = resolveRefs((value as Record<string, DatasetValue>)[key], ids, at);
    return out;
  }
  return value;
}
