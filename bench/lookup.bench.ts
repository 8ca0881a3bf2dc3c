/**
 * An indexed point lookup (`withIndex(...).eq(...).unique()`) in a table of
 * 20,000 documents: on the memory backend (the engine's index) against bare
 * convex-test (which scans and sorts the table per lookup), in one run.
 * Target: at least 50x faster.
 */
import { convexTest } from "convex-test";
import { defineSchema, defineTable, makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { v } from "convex/values";
import { test } from "vitest";
import { defineApp, memoryBackend } from "convex-migration-harness";
import { recordFigure } from "./figures.js";
import { benchProgress } from "./options.js";

const DOCUMENTS = 20_000;
const schema = defineSchema({ items: defineTable({ key: v.string(), payload: v.string() }).index("by_key", ["key"]) });
const functions = {
  seed: mutationGeneric({
    args: { from: v.number(), count: v.number() },
    handler: async (ctx, { from, count }) => {
      for (let i = from; i < from + count; i++) await ctx.db.insert("items", { key: `key-${i}`, payload: `payload of item ${i}` });
    },
  }),
  lookup: queryGeneric({
    args: { key: v.string() },
    handler: async (ctx, { key }) => (await ctx.db.query("items").withIndex("by_key", (q) => q.eq("key", key)).unique())?.payload ?? null,
  }),
};
const modules = { "./_generated/api.js": async () => ({}), "./lookup.ts": async () => functions };
const app = defineApp({ schema, modules });
type Caller = Pick<Awaited<ReturnType<ReturnType<typeof memoryBackend>["fresh"]>>, "mutation" | "query">;

async function seed(caller: Caller): Promise<void> {
  for (let from = 0; from < DOCUMENTS; from += 1000) await caller.mutation("lookup:seed", { from, count: 1000 });
}

/** Milliseconds per lookup, over `lookups` keys spread across the table (the fastest of three rounds). */
async function perLookup(caller: Caller, lookups: number): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (let i = 0; i < lookups; i++) {
      const key = `key-${(i * 7919 + round) % DOCUMENTS}`;
      if ((await caller.query("lookup:lookup", { key })) === null) throw new Error(`${key} not found`);
    }
    best = Math.min(best, (performance.now() - started) / lookups);
  }
  return best;
}

test(`indexed point lookup at ${DOCUMENTS} documents, memory engine against bare convex-test`, { timeout: 600_000 }, async () => {
  const t = convexTest({ schema, modules });
  const ref = (name: string) => makeFunctionReference<any>(name) as any;
  const bare: Caller = { mutation: (name, args) => t.mutation(ref(name), args), query: (name, args) => t.query(ref(name), args) };
  const engine = await memoryBackend().fresh(app);
  benchProgress(`seeding ${DOCUMENTS} documents twice`);
  await seed(bare);
  await seed(engine);
  benchProgress("timing lookups");
  const engineMs = await perLookup(engine, 2000);
  const bareMs = await perLookup(bare, 20);
  recordFigure("pointLookup", `${DOCUMENTS} documents`, { engineMs, bareConvexTestMs: bareMs, speedup: bareMs / engineMs });
});
