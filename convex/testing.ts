import { v } from "convex/values";
import { internalMutation, internalQuery } from "./_generated/server";
import type { GenericId } from "convex/values";
import { encrypt, encryptWithSecret, WRONG_ENCRYPTION_SECRET } from "./encryption";
import schema from "./schema";

/**
 * Test-only functions through which the harness drives any backend (in
 * memory or a deployment over HTTP). They seed, read and wipe whole tables,
 * so, like convex-helpers' testingFunctions, they refuse to run unless the
 * deployment says it is a test deployment.
 */

const TEST_MODE_VARIABLE = "CONVEX_HARNESS_TEST_MODE";
/** Most documents clearAll deletes per call, well inside Convex's per-mutation write limit (8,192). */
const CLEAR_LIMIT = 4000;

const tables: readonly string[] = Object.keys(schema.tables);

function requireTestMode(): void {
  if (process.env[TEST_MODE_VARIABLE] !== "1") {
    throw new Error(
      `Test-only function called without test mode. On a test deployment only, run ` +
        `\`npx convex env set ${TEST_MODE_VARIABLE} 1\`; never on a deployment with real data.`,
    );
  }
}

function requireTable(table: string): string {
  if (!tables.includes(table)) {
    throw new Error(`Unknown table "${table}": the schema defines ${tables.join(", ")}`);
  }
  return table;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer);
}

/**
 * Resolves the dataset markers (see generators/dataset.ts, re-implemented
 * here because convex/ must deploy without the harness): `{ __ref: [table,
 * index] }` to an id minted earlier in this call, `{ __encrypt, key? }` to
 * ciphertext, which a synchronous generator cannot produce.
 */
async function resolveMarkers(value: unknown, minted: Map<string, string>, at: string): Promise<unknown> {
  if (Array.isArray(value)) return Promise.all(value.map((item) => resolveMarkers(item, minted, at)));
  if (!isPlainObject(value)) return value;
  if (Array.isArray(value.__ref) && Object.keys(value).length === 1) {
    const [table, index] = value.__ref as [string, number];
    const id = minted.get(`${table}#${index}`);
    if (id === undefined) {
      throw new Error(
        `${at} references ${table}[${index}], which was not inserted earlier in this seed call; ` +
          "references to documents of earlier calls must be passed as id strings",
      );
    }
    return id;
  }
  if (typeof value.__encrypt === "string") {
    if (value.key === "wrong") return encryptWithSecret(value.__encrypt, WRONG_ENCRYPTION_SECRET);
    if (value.key !== undefined) throw new Error(`${at}: unknown __encrypt key ${JSON.stringify(value.key)}`);
    return encrypt(value.__encrypt);
  }
  const out: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) out[field] = await resolveMarkers(item, minted, at);
  return out;
}

export const seed = internalMutation({
  args: { table: v.string(), documents: v.array(v.object({ index: v.number(), doc: v.any() })) },
  returns: v.array(v.string()),
  handler: async (ctx, { table, documents }) => {
    requireTestMode();
    requireTable(table);
    const minted = new Map<string, string>();
    const ids: string[] = [];
    for (const { index, doc } of documents) {
      const resolved = await resolveMarkers(doc, minted, `${table}[${index}]`);
      const id = await ctx.db.insert(table as any, resolved as any);
      minted.set(`${table}#${index}`, id);
      ids.push(id);
    }
    return ids;
  },
});

/** The table an id string belongs to, or an error naming it. */
function tableOfId(ctx: { db: { normalizeId(table: any, id: string): unknown } }, raw: string): string {
  const table = tables.find((t) => ctx.db.normalizeId(t as any, raw) !== null);
  if (table === undefined) throw new Error(`"${raw}" is not an id of any table in the schema`);
  return table;
}

export const deleteDocuments = internalMutation({
  args: { ids: v.array(v.string()) },
  returns: v.null(),
  handler: async (ctx, { ids }) => {
    requireTestMode();
    for (const raw of ids) {
      tableOfId(ctx, raw);
      const id = raw as GenericId<any>;
      // Deleting twice is a no-op, so a retried call after a network error is safe.
      if ((await ctx.db.get(id)) !== null) await ctx.db.delete(id);
    }
    return null;
  },
});

/**
 * Sets fields of seeded documents, after every document of the dataset is
 * inserted: references that cannot point backwards (self-references,
 * reference cycles) arrive here as real ids. Patching twice writes the same
 * values, so a retried call is safe.
 */
export const patchDocuments = internalMutation({
  args: { patches: v.array(v.object({ id: v.string(), fields: v.any() })) },
  returns: v.null(),
  handler: async (ctx, { patches }) => {
    requireTestMode();
    for (const { id, fields } of patches) {
      const table = tableOfId(ctx, id);
      const resolved = await resolveMarkers(fields, new Map(), `${table} ${id}`);
      await ctx.db.patch(id as GenericId<any>, resolved as any);
    }
    return null;
  },
});

export const clearAll = internalMutation({
  args: {},
  returns: v.object({ done: v.boolean(), deleted: v.number() }),
  handler: async (ctx) => {
    requireTestMode();
    let deleted = 0;
    for (const table of tables) {
      const docs = await ctx.db.query(table as any).take(CLEAR_LIMIT - deleted);
      for (const doc of docs) await ctx.db.delete(doc._id);
      deleted += docs.length;
      if (deleted >= CLEAR_LIMIT) return { done: false, deleted };
    }
    return { done: true, deleted };
  },
});

export const readPage = internalQuery({
  args: { table: v.string(), cursor: v.union(v.string(), v.null()), numItems: v.number() },
  handler: async (ctx, { table, cursor, numItems }) => {
    requireTestMode();
    const { page, continueCursor, isDone } = await ctx.db
      .query(requireTable(table) as any)
      .paginate({ cursor, numItems });
    return { page, continueCursor, isDone };
  },
});

export const tableNames = internalQuery({
  args: {},
  returns: v.array(v.string()),
  handler: async () => {
    requireTestMode();
    return [...tables];
  },
});
