import { describe, expect, test } from "vitest";
import { internal } from "./_generated/api";
import { setupTest } from "./test.setup";

describe("thread search", () => {
  test("the search index returns what the filter returned, whatever other users' threads rank first", async () => {
    const t = setupTest();
    const { alice, bob } = await t.run(async (ctx) => {
      const alice = await ctx.db.insert("users", { name: "alice", email: "a@x" });
      const bob = await ctx.db.insert("users", { name: "bob", email: "b@x" });
      for (let i = 0; i < 25; i++) await ctx.db.insert("threads", { userId: alice, title: `Plan ${i}` });
      await ctx.db.insert("threads", { userId: bob, title: "holiday planning" });
      await ctx.db.insert("threads", { userId: bob, title: "budget  review" });
      return { alice, bob };
    });
    for (const query of ["plan", "PLAN", "pla", "budget", "nothing", "", "  "]) {
      for (const userId of [alice, bob]) {
        const old = await t.query(internal.threads.searchByFilter, { userId, query });
        const now = await t.query(internal.threads.search, { userId, query });
        expect(now.map((d) => d._id).sort(), `${query} for ${userId}`).toEqual(old.map((d) => d._id).sort());
      }
    }
    expect(await t.query(internal.threads.search, { userId: bob, query: "plan" })).toHaveLength(1);
    expect(await t.query(internal.threads.search, { userId: bob, query: "  " })).toHaveLength(1);
  });
});
