import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { convexTest as appsConvexTest } from "convex-test";
import { convexTest } from "./convexTest/index.js";
import { defineSchema, defineTable, makeFunctionReference, mutationGeneric, queryGeneric } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { measureCall } from "./measure/intercept.js";
import { newInterceptState } from "./measure/interceptState.js";
import { attachEngine, checkedVersion, missingInternals, SUPPORTED, unsupported } from "./adapter.js";
import { CONVEX_TEST_VERSION } from "./convexTestVersion.js";
import { inVersionRange } from "./version.js";

const schema = defineSchema({ items: defineTable({ text: v.string(), rank: v.optional(v.number()) }).index("by_rank", ["rank"]) });
const probe = {
  insert: mutationGeneric({ args: { text: v.string() }, handler: (ctx, { text }) => ctx.db.insert("items", { text }) }),
  grow: mutationGeneric({
    args: { id: v.id("items"), text: v.string() },
    handler: async (ctx, { id, text }) => {
      await ctx.db.patch(id, { rank: 1 });
      await ctx.db.patch(id, { text });
    },
  }),
  byMissingIndex: queryGeneric({ args: {}, handler: (ctx) => (ctx.db.query("items") as any).withIndex("by_nothing").collect() }),
  ranked: queryGeneric({ args: {}, handler: async (ctx) => (await ctx.db.query("items").withIndex("by_rank", (q) => q.gte("rank", 1)).collect()).length }),
};
const modules = { "./_generated/api.js": async () => ({}), "./probe.ts": async () => probe };
const ref = (name: string) => makeFunctionReference<any>(`probe:${name}`) as any;

async function attached() {
  const t = convexTest({ schema, modules });
  return { t, attached: await attachEngine(t, newInterceptState(true)) };
}

describe("the convex-test adapter", () => {
  test("knows every version from 0.0.60 to 0.0.71, its own included", () => {
    for (const version of ["0.0.60", "0.0.65", "0.0.70", "0.0.71", "0.0.71-alpha.1"]) expect(inVersionRange(version, SUPPORTED), version).toBe(true);
    for (const version of ["0.0.59", "0.0.72", "0.1.0", "1.0.0", "latest"]) expect(inVersionRange(version, SUPPORTED), version).toBe(false);
    expect(checkedVersion()).toBe(CONVEX_TEST_VERSION);
  });

  test("an engine on an unknown convex-test refuses in one line naming it and the known range", () => {
    expect(() => checkedVersion("0.0.73")).toThrow(/^convex-migration-harness: the memory engine's convex-test 0\.0\.73 is outside the range the adapter knows: the adapter knows convex-test 0\.0\.60 to 0\.0\.71 and will not run uncorrected/);
    const message = unsupported("0.0.72", "outside the range the adapter knows").message;
    expect(message).not.toContain("\n");
  });

  test("the engine runs on the package's own convex-test and convex, whatever convex-test the app has installed", async () => {
    const appsConvexTest = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("convex-test/package.json"), "utf8")).version as string;
    // The repository's own devDependency plays the app's convex-test: an older release than the engine's.
    expect(appsConvexTest).not.toBe(CONVEX_TEST_VERSION);
    const { attached: info } = await attached();
    expect(info.version).toBe(CONVEX_TEST_VERSION);
    // 0.0.71 rejects documents over 1 MiB itself; the app's 0.0.60 would not.
    expect(info.nativeDocumentSizeLimit).toBe(true);
  });

  test("a convex-test without an internal the engine needs is named, not run uncorrected", () => {
    const method = () => {};
    const db = { get: method, insert: method, _addWrite: method, startTransaction: method, rollbackWrites: method, startQuery: method, queryNext: method };
    const manager = { begin: method, commit: method, rollback: method, getMetricsTracker: () => ({ trackRead: method }) };
    const missing = missingInternals({ components: { "": { db: db as never } }, transactionManager: manager as never });
    expect(missing).toEqual(
      expect.arrayContaining(["DatabaseFake.paginate", "DatabaseFake._resolveQuerySource", "DatabaseFake._writes", "TransactionManager.stashWrites", "TransactionMetricsTracker.getTransactionMetrics"]),
    );
  });

  test("the app's own convex-test runs in the same process as the engine's, whichever was created last", async () => {
    const { t: engine } = await attached();
    const app = appsConvexTest({ schema, modules });
    await app.mutation(ref("insert"), { text: "app" });
    // The app's copy installed its global after the engine's: both still answer from their own database.
    await engine.mutation(ref("insert"), { text: "engine" });
    await engine.mutation(ref("insert"), { text: "engine" });
    const count = (t: typeof app) => t.run(async (ctx: any) => (await ctx.db.query("items").collect()).length);
    expect([await count(app), await count(engine as never)]).toEqual([1, 2]);
    const { t: again } = await attached();
    expect(await app.mutation(ref("insert"), { text: "app" })).toBeTruthy();
    expect(await count(again as never)).toBe(0);
  });

  test("a document over 1 MiB is rejected when written, as production does, on every version", async () => {
    const { t } = await attached();
    const big = "x".repeat((1 << 20) + 1);
    await expect(t.mutation(ref("insert"), { text: big })).rejects.toThrow(/^Value is too large \(\d+ bytes > maximum size 1048576 bytes\)$/);
    const id = await t.mutation(ref("insert"), { text: "x".repeat((1 << 20) - 100) });
    // A patch that grows it past the limit fails, and its mutation's earlier patch rolls back with it.
    await expect(t.mutation(ref("grow"), { id, text: big })).rejects.toThrow(/Value is too large/);
    expect(await t.query(ref("ranked"), {})).toBe(0);
  });

  test("a query on an index the schema does not declare fails with convex-test's own error", async () => {
    const plain = convexTest({ schema, modules });
    const expected = await plain.query(ref("byMissingIndex"), {}).catch((e: Error) => e.message);
    const { t } = await attached();
    await expect(t.query(ref("byMissingIndex"), {})).rejects.toThrow(expected as string);
    expect(expected).toMatch(/Cannot use index "by_nothing" for table "items" because it is not declared in the schema/);
  });

  test("a component registered after attaching gets the engine too (its filters count what they scan)", async () => {
    // runInComponent: convex-test's accessor for running code in a component's context (not in its types).
    const t = convexTest({ schema, modules }) as ReturnType<typeof convexTest> & { runInComponent(path: string, f: (ctx: any) => Promise<unknown>): Promise<any> };
    const state = newInterceptState(true);
    await attachEngine(t, state);
    t.registerComponent("extra", schema, modules);
    await t.runInComponent("extra", async (ctx: any) => {
      for (let i = 0; i < 30; i++) await ctx.db.insert("items", { text: i === 20 ? "wanted" : `other ${i}` });
    });
    const first = () => t.runInComponent("extra", async (ctx: any) => (await ctx.db.query("items").filter((q: any) => q.eq(q.field("text"), "wanted")).first())?.text);
    const measured = await measureCall(state, first);
    expect(measured.ok && measured.value).toBe("wanted");
    // convex-test alone counts the one document returned; production (and the engine) the 21 scanned.
    expect(measured.measurement.transactions[0].documentsRead).toBe(21);
  });

  test("attaching detects that convex-test limits document sizes itself from 0.0.71 on (so the adapter does not)", async () => {
    const { attached: info } = await attached();
    expect(info.version).toBe(checkedVersion());
    expect(info.nativeDocumentSizeLimit).toBe(inVersionRange(info.version, { min: "0.0.71", max: "999.0.0" }));
  });
});
