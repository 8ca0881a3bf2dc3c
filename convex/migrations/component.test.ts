import migrationsTest from "@convex-dev/migrations/test";
import { describe, expect, test } from "vitest";
import { internal } from "../_generated/api";
import { setupTest } from "../test.setup";
import { FINISHED_CURSOR } from "convex-migration-harness/convex";

const FORWARD = "migrations/dropSaveRegenerationHistory:forward";

async function setup(settings: number) {
  const t = setupTest();
  migrationsTest.register(t, "migrations");
  await t.run(async (ctx) => {
    const userId = await ctx.db.insert("users", { name: "u", email: "u@x" });
    for (let i = 0; i < settings; i++) await ctx.db.insert("userSettings", { userId, saveRegenerationHistory: i % 2 === 0 });
  });
  const step = (cursor: string | null, batchSize = 2) =>
    t.mutation(internal.migrations.component.runBatch, { fn: FORWARD, cursor, batchSize });
  return { t, step };
}

describe("runBatch: one batch of a component migration, through the component", () => {
  test("steps through the table one page per call and reports each page's count", async () => {
    const { t, step } = await setup(5);
    const first = await step(null);
    expect(first).toMatchObject({ isDone: false, processed: 2 });
    const second = await step(first.continueCursor);
    expect(second).toMatchObject({ isDone: false, processed: 2 });
    const third = await step(second.continueCursor);
    expect(third).toEqual({ continueCursor: FINISHED_CURSOR, isDone: true, processed: 1 });
    const left = await t.run((ctx) => ctx.db.query("userSettings").collect());
    expect(left.every((doc) => doc.saveRegenerationHistory === undefined)).toBe(true);
  });

  test("resuming a finished run does nothing; starting over with null runs again", async () => {
    const { step } = await setup(3);
    const done = await step(null, 10);
    expect(done).toEqual({ continueCursor: FINISHED_CURSOR, isDone: true, processed: 3 });
    expect(await step(FINISHED_CURSOR)).toEqual({ continueCursor: FINISHED_CURSOR, isDone: true, processed: 0 });
    expect(await step(null, 10)).toEqual({ continueCursor: FINISHED_CURSOR, isDone: true, processed: 3 });
  });

  test("repeating a batch from an earlier cursor counts that batch alone", async () => {
    const { step } = await setup(5);
    const first = await step(null);
    await step(first.continueCursor);
    // A driver that lost the second cursor repeats the second batch.
    expect(await step(first.continueCursor)).toMatchObject({ isDone: false, processed: 2 });
  });

  test("an empty table is done in one batch that processes nothing", async () => {
    const { step } = await setup(0);
    expect(await step(null)).toEqual({ continueCursor: FINISHED_CURSOR, isDone: true, processed: 0 });
  });
});
