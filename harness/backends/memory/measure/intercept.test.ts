import { actionGeneric, defineSchema, defineTable, makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { defineApp } from "../../../model/app.js";
import { memoryBackend } from "../provider.js";
import type { MeasurableBackend } from "./measurable.js";

/**
 * A tiny app defined here (the harness never imports the real one): a table
 * of items whose `rank` field holds numbers, strings, null or nothing.
 */
const schema = defineSchema({
  items: defineTable({ rank: v.optional(v.union(v.number(), v.string(), v.null())), tag: v.string() }),
});

const seedRef = makeFunctionReference<"mutation">("probe:seed");

const probe = {
  /** Two transactions, one per runMutation. */
  seedTwice: actionGeneric({
    args: { docs: v.array(v.any()) },
    handler: async (ctx, { docs }) => {
      await ctx.runMutation(seedRef, { docs });
      await ctx.runMutation(seedRef, { docs });
    },
  }),
  /** One transaction: the nested runMutation is part of it. */
  seedNested: mutationGeneric({
    args: { docs: v.array(v.any()) },
    handler: async (ctx, { docs }) => {
      await ctx.db.insert("items", { tag: "outer" });
      await ctx.runMutation(seedRef, { docs });
    },
  }),
  seed: mutationGeneric({
    args: { docs: v.array(v.any()) },
    handler: async (ctx, { docs }) => {
      for (const doc of docs) await ctx.db.insert("items", doc);
    },
  }),
  /** Items whose rank is below 10: Convex's order puts missing and null ranks below every number. */
  lowRanks: queryGeneric({
    args: {},
    handler: async (ctx) => (await ctx.db.query("items").filter((q) => q.lt(q.field("rank"), 10)).collect()).map((d) => d.tag),
  }),
  firstTagged: queryGeneric({
    args: { tag: v.string() },
    handler: async (ctx, { tag }) => (await ctx.db.query("items").filter((q) => q.eq(q.field("tag"), tag)).first())?.tag ?? null,
  }),
  pageOfLowRanks: queryGeneric({
    args: { numItems: v.number() },
    handler: async (ctx, { numItems }) => {
      const page = await ctx.db.query("items").filter((q) => q.eq(q.field("tag"), "wanted")).paginate({ cursor: null, numItems });
      return page.page.length;
    },
  }),
};

const app = defineApp({
  schema,
  modules: { "./_generated/api.js": async () => ({}), "./probe.ts": async () => probe },
});

async function seeded(docs: unknown[], options = {}): Promise<MeasurableBackend> {
  const backend = (await memoryBackend(options).fresh(app)) as MeasurableBackend;
  await backend.mutation("probe:seed", { docs });
  return backend;
}

describe("the memory backend's corrections to convex-test", () => {
  const mixed = [{ tag: "missing" }, { tag: "null", rank: null }, { tag: "five", rank: 5 }, { tag: "text", rank: "a" }, { tag: "twenty", rank: 20 }];

  test(".filter() compares across types with Convex's total order", async () => {
    const backend = await seeded(mixed);
    // Convex: undefined < null < numbers < strings, so missing, null and 5 are below 10.
    expect(await backend.query("probe:lowRanks")).toEqual(["missing", "null", "five"]);
    expect(backend.fidelityNotes().map((n) => n.kind)).toContain("filterOrder");
  });

  test("convex-test's own ordering differs, which is what the correction fixes", async () => {
    const backend = await seeded(mixed, { convexFilters: false });
    expect(await backend.query("probe:lowRanks")).toEqual(["null", "five"]);
  });

  test("documents a filter rejects count as read, up to the first match of .first()", async () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({ tag: i === 20 ? "wanted" : `other${i}` }));
    const backend = await seeded(docs);
    const measured = await backend.measure(() => backend.query("probe:firstTagged", { tag: "wanted" }));
    expect(measured.ok && measured.value).toBe("wanted");
    expect(measured.measurement.transactions[0].documentsRead).toBe(21);
    expect(measured.measurement.filteredOut).toBe(20);
    const uncorrected = (await memoryBackend({ convexFilters: false }).fresh(app)) as MeasurableBackend;
    await uncorrected.mutation("probe:seed", { docs });
    const plain = await uncorrected.measure(() => uncorrected.query("probe:firstTagged", { tag: "wanted" }));
    expect(plain.measurement.transactions[0].documentsRead).toBe(1);
  });

  test("documents a filter rejects before .paginate() count as read too", async () => {
    const docs = Array.from({ length: 12 }, (_, i) => ({ tag: i % 3 === 2 ? "wanted" : "other" }));
    const backend = await seeded(docs);
    const measured = await backend.measure(() => backend.query("probe:pageOfLowRanks", { numItems: 2 }));
    expect(measured.ok && measured.value).toBe(2);
    // The page ends at the second match (index 5): 6 scanned, 4 of them rejected.
    expect(measured.measurement.transactions[0].documentsRead).toBe(6);
    expect(measured.measurement.filteredOut).toBe(4);
    expect(measured.measurement.pages).toEqual([{ table: "items", ids: expect.any(Array), documents: expect.any(Array) }]);
  });

  test("with limits on, scanning past the limit fails the transaction as in production", async () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({ tag: `other${i}` }));
    const backend = await seeded(docs, { transactionLimits: { documentsRead: 10 } });
    await expect(backend.query("probe:firstTagged", { tag: "wanted" })).rejects.toThrow(/Scanned too many documents/);
  });

  test("a measured mutation reports what it wrote", async () => {
    const backend = await seeded([]);
    const measured = await backend.measure(() => backend.mutation("probe:seed", { docs: [{ tag: "a" }, { tag: "b" }] }));
    expect(measured.measurement.transactions).toHaveLength(1);
    expect(measured.measurement.transactions[0].documentsWritten).toBe(2);
    expect(measured.measurement.transactions[0].bytesWritten).toBeGreaterThan(0);
  });

  test("an action's mutations are measured one transaction each; a nested runMutation belongs to its caller's", async () => {
    const backend = await seeded([]);
    const twice = await backend.measure(() => backend.action("probe:seedTwice", { docs: [{ tag: "a" }, { tag: "b" }, { tag: "c" }] }));
    expect(twice.measurement.transactions.map((t) => t.documentsWritten)).toEqual([3, 3]);
    const nested = await backend.measure(() => backend.mutation("probe:seedNested", { docs: [{ tag: "a" }] }));
    expect(nested.measurement.transactions.map((t) => t.documentsWritten)).toEqual([2]);
  });

  test("a transaction that fails at a limit is measured up to the failure", async () => {
    const docs = Array.from({ length: 30 }, (_, i) => ({ tag: `other${i}` }));
    const backend = await seeded(docs, { transactionLimits: { documentsRead: 10 } });
    const measured = await backend.measure(() => backend.query("probe:firstTagged", { tag: "wanted" }));
    expect(measured.ok).toBe(false);
    expect(measured.measurement.transactions).toHaveLength(1);
    expect(measured.measurement.transactions[0].documentsRead).toBe(11);
  });

  test("calls outside a measurement record nothing", async () => {
    const backend = await seeded([{ tag: "a" }]);
    await backend.query("probe:firstTagged", { tag: "a" });
    const measured = await backend.measure(() => backend.query("probe:firstTagged", { tag: "a" }));
    expect(measured.measurement.transactions).toHaveLength(1);
  });
});
