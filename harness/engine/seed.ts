import type { Dataset, DatasetValue } from "../model/dataset.js";
import type { SeededIds } from "../model/labels.js";
import { isRefMarker, isSystemTable, type SystemTable } from "../model/dataset.js";
import type { App } from "../model/app.js";
import type { Backend } from "../model/backend.js";
import { isArray, isPlainObject, keysOf } from "../model/values.js";
import { valueSize } from "../validate/limits.js";


/**
 * Documents and bytes per seed call. Each call is one transaction, so a
 * chunk must stay well inside Convex's per-mutation write limits (8,192
 * documents, 16 MiB): size-pressure datasets hold documents near 1 MiB,
 * sixteen of which would already be over.
 */
const CHUNK_DOCUMENTS = 256;
const CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Seeds a dataset through the app's `seed` function, table by table, in
 * chunks. References to documents of earlier chunks are resolved here; those
 * inside the same chunk are left as markers for the seed function, which
 * knows the ids it has just minted. Then the dataset's patches are applied
 * through `patchDocuments` (every id is known by then: they are how
 * self-references and reference cycles are seeded), and last its deletions.
 */
export async function seedDataset(app: App, backend: Backend, dataset: Dataset): Promise<SeededIds> {
  const ids: SeededIds = {};
  // System documents first, whatever the key order: any table may reference them.
  const entries = Object.entries(dataset.tables).sort(([a], [b]) => Number(isSystemTable(b)) - Number(isSystemTable(a)));
  for (const [table, documents] of entries) {
    if (isSystemTable(table)) {
      ids[table] = await seedSystem(app, backend, table, documents.length);
      continue;
    }
    if (!app.tables.includes(table)) {
      throw new Error(`dataset has table "${table}", which the app's schema does not define`);
    }
    ids[table] = [];
    for (const [start, end] of chunks(documents)) {
      const chunk = documents.slice(start, end).map((doc, offset) => ({
        index: start + offset,
        doc: resolveRefs(doc, ids, { table, index: start + offset, chunkStart: start }),
      }));
      const minted = (await backend.mutation(app.functions.seed, { table, documents: chunk })) as string[];
      ids[table].push(...minted);
    }
  }
  await applyPatches(app, backend, dataset, ids);
  // Deleting reads each document: chunked by the documents' bytes too, or a few
  // near-1 MiB documents would pass a mutation's 16 MiB read limit in one call.
  const deletions = dataset.deleted ?? [];
  const deleted = deletions.map(({ table, index }) => idOf(ids, table, index, "deletes"));
  for (const [start, end] of chunks(deletions.map(({ table, index }) => dataset.tables[table]?.[index] ?? null))) {
    await backend.mutation(app.functions.deleteDocuments, { ids: deleted.slice(start, end) });
  }
  return ids;
}

/**
 * Creates `count` system documents through the app's testing functions: a
 * real stored blob or a scheduled call canceled at once, so the ids are
 * ones the app's own `ctx.db.system.get` and `ctx.storage` calls accept.
 */
async function seedSystem(app: App, backend: Backend, table: SystemTable, count: number): Promise<string[]> {
  if (count === 0) return [];
  const name = table === "_storage" ? app.functions.seedStorage : app.functions.seedScheduled;
  try {
    const minted =
      table === "_storage" ? await backend.action(name, { count }) : await backend.mutation(name, { count, self: name });
    return minted as string[];
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint =
      table === "_storage"
        ? "export seedStorage from convex/testing.ts (testingFunctions({ schema, internalMutation, internalQuery, internalAction }))"
        : "export seedScheduled from convex/testing.ts (testingFunctions({ ... }) returns it)";
    throw new Error(`seeding ${count} ${table} document(s) through ${name} failed: ${message.split("\n")[0]}. The dataset references ${table} ids: ${hint}`);
  }
}

async function applyPatches(app: App, backend: Backend, dataset: Dataset, ids: SeededIds): Promise<void> {
  const patches = (dataset.patches ?? []).map(({ table, index, fields }) => ({
    id: idOf(ids, table, index, "patches"),
    fields: resolveRefs(fields, ids, { table, index, chunkStart: Number.POSITIVE_INFINITY }),
  }));
  for (const [start, end] of chunks(patches.map((p) => p.fields))) {
    await backend.mutation(app.functions.patchDocuments, { patches: patches.slice(start, end) });
  }
}

function idOf(ids: SeededIds, table: string, index: number, verb: string): string {
  const id = ids[table]?.[index];
  if (id === undefined) throw new Error(`dataset ${verb} ${table}[${index}], which it does not contain`);
  return id;
}

/** [start, end) ranges of `values`, each within the documents and bytes of one call. */
function chunks(values: DatasetValue[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  values.forEach((value, i) => {
    const size = valueSize(value);
    if (i > start && (i - start >= CHUNK_DOCUMENTS || bytes + size > CHUNK_BYTES)) {
      ranges.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += size;
  });
  if (start < values.length) ranges.push([start, values.length]);
  return ranges;
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
        "a reference must point to an earlier table or an earlier document of the same table, " +
        "or be set by one of the dataset's patches",
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
