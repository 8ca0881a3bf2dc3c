import { makeFunctionReference, type ActionBuilder, type GenericSchema, type MutationBuilder, type QueryBuilder, type SchemaDefinition } from "convex/server";
import { v, type GenericId } from "convex/values";
import { resolveMarkers, type MarkerResolvers } from "./markers.js";
import { requireTestMode } from "./testMode.js";

/**
 * The test-only functions through which the harness drives any backend, in
 * memory or a deployment over HTTP: seed a dataset, patch in references that
 * point forward, delete documents (orphans), read a table page by page, wipe
 * everything. Built from the app's own `internalMutation` / `internalQuery`,
 * so they are internal functions of the app with its data model, and they
 * refuse to run unless the deployment is in test mode. A schema with
 * `v.id("_storage")` or `v.id("_scheduled_functions")` fields also needs
 * `seedStorage` (pass `internalAction`: only an action can store a blob) and
 * `seedScheduled`, which create the system documents its datasets reference.
 *
 * @example
 * // convex/testing.ts
 * import { testingFunctions } from "convex-migration-harness/convex";
 * import { internalMutation, internalQuery } from "./_generated/server";
 * import schema from "./schema";
 *
 * export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames } =
 *   testingFunctions({ schema, internalMutation, internalQuery });
 *
 * // with file or scheduled-function ids in the schema:
 * export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames, seedStorage, seedScheduled } =
 *   testingFunctions({ schema, internalMutation, internalQuery, internalAction });
 */
export function testingFunctions(options: TestingFunctionsOptions) {
  const { internalMutation, internalQuery } = options;
  const tables: readonly string[] = Object.keys(options.schema.tables);
  const markers: MarkerResolvers = { ...options.markers };
  const clearLimit = options.clearLimit ?? CLEAR_LIMIT;
  const requireTable = (table: string): string => {
    if (!tables.includes(table)) throw new Error(`Unknown table "${table}": the schema defines ${tables.join(", ")}`);
    return table;
  };
  const tableOf = (db: { normalizeId(table: string, id: string): unknown }, raw: string): string => {
    const table = tables.find((t) => db.normalizeId(t, raw) !== null);
    if (table === undefined) throw new Error(`"${raw}" is not an id of any table in the schema`);
    return table;
  };

  const { internalAction } = options;
  return {
    /**
     * Stores `count` small blobs; returns their `_storage` ids in order. Only
     * an action can store a file; undefined without `internalAction`.
     */
    seedStorage: (internalAction
      ? internalAction({
          args: { count: v.number() },
          returns: v.array(v.string()),
          handler: async (ctx, { count }) => {
            requireTestMode();
            const ids: string[] = [];
            for (let i = 0; i < count; i++) ids.push(await ctx.storage.store(new Blob([`seeded file ${i}`], { type: "text/plain" })));
            return ids;
          },
        })
      : undefined) as ReturnType<ActionBuilder<any, "internal">> | undefined,
    /**
     * Schedules `count` calls of itself (with a count of 0: a no-op) and
     * cancels each at once, in this transaction, so none ever runs; returns
     * their `_scheduled_functions` ids. `self` is its own function name.
     */
    seedScheduled: internalMutation({
      args: { count: v.number(), self: v.string() },
      returns: v.array(v.string()),
      handler: async (ctx, { count, self }) => {
        requireTestMode();
        const ids: string[] = [];
        for (let i = 0; i < count; i++) {
          const id = await ctx.scheduler.runAfter(0, makeFunctionReference<"mutation">(self), { count: 0, self });
          await ctx.scheduler.cancel(id);
          ids.push(id);
        }
        return ids;
      },
    }),
    /** Inserts documents into one table, resolving seed markers; returns their ids in order. */
    seed: internalMutation({
      args: { table: v.string(), documents: v.array(v.object({ index: v.number(), doc: v.any() })) },
      returns: v.array(v.string()),
      handler: async (ctx, { table, documents }) => {
        requireTestMode();
        requireTable(table);
        const minted = new Map<string, string>();
        const ids: string[] = [];
        for (const { index, doc } of documents) {
          const resolved = await resolveMarkers(doc, minted, markers, `${table}[${index}]`);
          const id = await ctx.db.insert(table as never, resolved as never);
          minted.set(`${table}#${index}`, id);
          ids.push(id);
        }
        return ids;
      },
    }),
    /** Patches fields into seeded documents (references that point forward, cycles), resolving seed markers. */
    patchDocuments: internalMutation({
      args: { patches: v.array(v.object({ id: v.string(), fields: v.any() })) },
      returns: v.null(),
      handler: async (ctx, { patches }) => {
        requireTestMode();
        for (const { id, fields } of patches) {
          const table = tableOf(ctx.db as never, id);
          const resolved = await resolveMarkers(fields, new Map(), markers, `${table} ${id}`);
          await ctx.db.patch(id as GenericId<string>, resolved as never);
        }
        return null;
      },
    }),
    /** Deletes documents by id; deleting twice is a no-op, so a retried call is safe. */
    deleteDocuments: internalMutation({
      args: { ids: v.array(v.string()) },
      returns: v.null(),
      handler: async (ctx, { ids }) => {
        requireTestMode();
        for (const raw of ids) {
          tableOf(ctx.db as never, raw);
          const id = raw as GenericId<string>;
          if ((await ctx.db.get(id)) !== null) await ctx.db.delete(id);
        }
        return null;
      },
    }),
    /** Deletes up to `clearLimit` documents over all tables, and stored files; call until `done`. */
    clearAll: internalMutation({
      args: {},
      returns: v.object({ done: v.boolean(), deleted: v.number() }),
      handler: async (ctx) => {
        requireTestMode();
        let deleted = 0;
        for (const table of tables) {
          const docs = await ctx.db.query(table as never).take(clearLimit - deleted);
          for (const doc of docs) await ctx.db.delete((doc as { _id: GenericId<string> })._id);
          deleted += docs.length;
          if (deleted >= clearLimit) return { done: false, deleted };
        }
        // Files stored by seedStorage: a deployment driven run after run would keep every one.
        const files = await ctx.db.system.query("_storage").take(clearLimit - deleted);
        for (const file of files) await ctx.storage.delete(file._id);
        deleted += files.length;
        if (deleted >= clearLimit) return { done: false, deleted };
        return { done: true, deleted };
      },
    }),
    /** One page of a table in creation order, with system fields. */
    readPage: internalQuery({
      args: { table: v.string(), cursor: v.union(v.string(), v.null()), numItems: v.number() },
      handler: async (ctx, { table, cursor, numItems }) => {
        requireTestMode();
        const { page, continueCursor, isDone } = await ctx.db.query(requireTable(table) as never).paginate({ cursor, numItems });
        return { page, continueCursor, isDone };
      },
    }),
    /** The schema's tables: lets a remote harness check it talks to the app it expects. */
    tableNames: internalQuery({
      args: {},
      returns: v.array(v.string()),
      handler: async () => {
        requireTestMode();
        return [...tables];
      },
    }),
  };
}

export interface TestingFunctionsOptions {
  /** The app's schema (the default export of convex/schema.ts). */
  schema: SchemaDefinition<GenericSchema, boolean>;
  /** The app's `internalMutation` from convex/_generated/server. */
  internalMutation: MutationBuilder<any, "internal">;
  /** The app's `internalQuery` from convex/_generated/server. */
  internalQuery: QueryBuilder<any, "internal">;
  /** The app's `internalAction`: needed (for `seedStorage`) when the schema holds `v.id("_storage")` fields. */
  internalAction?: ActionBuilder<any, "internal">;
  /**
   * Seed markers the app resolves while seeding, by name: `{ encrypt: (m) => encrypt(m.__encrypt) }`
   * turns every `{ __encrypt: "..." }` in a dataset into the app's ciphertext.
   */
  markers?: MarkerResolvers;
  /** Most documents one clearAll call deletes. Default 4,000, well inside Convex's per-mutation write limit (8,192). */
  clearLimit?: number;
}

const CLEAR_LIMIT = 4000;

