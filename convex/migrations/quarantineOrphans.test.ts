import { describe, expect, test } from "vitest";
import { internal } from "../_generated/api";
import { setupTest } from "../test.setup";

type T = ReturnType<typeof setupTest>;

async function runAll(t: T, fn: typeof internal.migrations.quarantineOrphans.forward, batchSize: number) {
  let cursor: string | null = null;
  let batches = 0;
  for (;;) {
    const r: { continueCursor: string; isDone: boolean } = await t.mutation(fn, { cursor, batchSize });
    batches++;
    if (r.isDone) return batches;
    cursor = r.continueCursor;
  }
}

/**
 * alice keeps her thread; bob is deleted, so his thread, its message and the
 * attachment on that message are quarantined; a message and an attachment of
 * a deleted thread are orphans of their own; carol's thread was cloned from
 * bob's (history, not ownership: it stays).
 */
async function seed(t: T) {
  return t.run(async (ctx) => {
    const alice = await ctx.db.insert("users", { name: "alice", email: "a@x" });
    const bob = await ctx.db.insert("users", { name: "bob", email: "b@x" });
    const carol = await ctx.db.insert("users", { name: "carol", email: "c@x" });
    const kept = await ctx.db.insert("threads", { userId: alice, title: "kept" });
    const bobs = await ctx.db.insert("threads", { userId: bob, title: "bob's" });
    const gone = await ctx.db.insert("threads", { userId: alice, title: "gone" });
    const clone = await ctx.db.insert("threads", { userId: carol, title: "clone", clonedFrom: bobs });
    const inBobs = await ctx.db.insert("messages", { threadId: bobs, role: "user", content: "hi" });
    const inGone = await ctx.db.insert("messages", { threadId: gone, role: "user", content: "lost" });
    const inKept = await ctx.db.insert("messages", { threadId: kept, role: "user", content: "ok" });
    await ctx.db.insert("attachments", { threadId: kept, messageId: inBobs, fileName: "a.png", size: 1 });
    await ctx.db.insert("attachments", { threadId: gone, fileName: "b.png", size: 2 });
    await ctx.db.insert("attachments", { threadId: kept, messageId: inKept, fileName: "c.png", size: 3 });
    await ctx.db.delete(bob);
    await ctx.db.delete(gone);
    return { kept, bobs, clone, inBobs, inGone, inKept };
  });
}

const all = (t: T) =>
  t.run(async (ctx) => ({
    threads: await ctx.db.query("threads").collect(),
    messages: await ctx.db.query("messages").collect(),
    attachments: await ctx.db.query("attachments").collect(),
    quarantine: await ctx.db.query("quarantine").collect(),
    ledger: await ctx.db.query("migrationLedger").collect(),
  }));

describe("quarantineOrphans", () => {
  test("forward quarantines orphans at every level, cascading from a quarantined thread", async () => {
    const t = setupTest();
    const ids = await seed(t);
    await runAll(t, internal.migrations.quarantineOrphans.forward, 2);
    const state = await all(t);
    expect(state.threads.map((d) => d.title).sort()).toEqual(["clone", "kept"]);
    expect(state.messages.map((d) => d.content)).toEqual(["ok"]);
    expect(state.attachments.map((d) => d.fileName)).toEqual(["c.png"]);
    expect(state.quarantine.map((q) => [q.table, q.reason])).toEqual([
      ["threads", "thread without a user: its userId names no user"],
      ["messages", "message without a thread: it was quarantined"],
      ["messages", "message without a thread: it does not exist"],
      ["attachments", "attachment with a dangling messageId: it was quarantined"],
      ["attachments", "attachment without a thread: it does not exist"],
    ]);
    expect(state.quarantine[0].document).toMatchObject({ _id: ids.bobs, title: "bob's" });
    expect(state.ledger).toHaveLength(5);
  });

  test("rollback restores every document and points references at the new ids", async () => {
    const t = setupTest();
    const ids = await seed(t);
    await runAll(t, internal.migrations.quarantineOrphans.forward, 3);
    await runAll(t, internal.migrations.quarantineOrphans.rollback, 2);
    const state = await all(t);
    expect(state.quarantine).toEqual([]);
    expect(state.ledger).toEqual([]);
    const restored = state.threads.find((d) => d.title === "bob's")!;
    expect(restored._id).not.toBe(ids.bobs);
    expect(state.threads.find((d) => d.title === "clone")!.clonedFrom).toBe(restored._id);
    const hi = state.messages.find((d) => d.content === "hi")!;
    expect(hi.threadId).toBe(restored._id);
    expect(state.attachments.find((d) => d.fileName === "a.png")!.messageId).toBe(hi._id);
    // Orphans that were orphans before stay orphans: their references still name deleted documents.
    const lost = state.messages.find((d) => d.content === "lost")!;
    expect(await t.run((ctx) => ctx.db.get(lost.threadId))).toBeNull();
  });

  test("forward pages three tables within ceil(n / batchSize) + 3 batches, and an empty database in three", async () => {
    const empty = setupTest();
    expect(await runAll(empty, internal.migrations.quarantineOrphans.forward, 5)).toBe(3);
    const t = setupTest();
    await seed(t);
    expect(await runAll(t, internal.migrations.quarantineOrphans.forward, 2)).toBeLessThanOrEqual(Math.ceil(9 / 2) + 3);
  });

  test("a cursor it did not return is refused with a hint", async () => {
    const t = setupTest();
    await expect(t.mutation(internal.migrations.quarantineOrphans.forward, { cursor: '{"table":7,"inner":null}', batchSize: 2 })).rejects.toThrow(
      /not one this migration returned/,
    );
  });
});
