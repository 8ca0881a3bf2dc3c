import migrationsTest from "@convex-dev/migrations/test";
import { describe, expect, test } from "vitest";
import { internal } from "../_generated/api";
import { IMAGE_GENERATION_DEFAULTS } from "../lib/backfillImageGenerationDefaults/steps";
import { setupTest } from "../test.setup";

/** Runs a component migration to completion, one batch per call, as the harness does. */
async function run(t: ReturnType<typeof setupTest>, fn: string) {
  let cursor: string | null = null;
  for (;;) {
    const r: { continueCursor: string; isDone: boolean } = await t.mutation(internal.migrations.component.runBatch, { fn, cursor, batchSize: 2 });
    if (r.isDone) return;
    cursor = r.continueCursor;
  }
}

async function setup(settings: Array<Record<string, unknown>>) {
  const t = setupTest();
  migrationsTest.register(t, "migrations");
  const ids = await t.run(async (ctx) => {
    const userId = await ctx.db.insert("users", { name: "u", email: "u@x" });
    const out = [];
    for (const fields of settings) out.push(await ctx.db.insert("userSettings", { userId, ...fields }));
    return out;
  });
  const read = () => t.run(async (ctx) => ({
    settings: await ctx.db.query("userSettings").collect(),
    ledger: await ctx.db.query("migrationLedger").collect(),
    issues: await ctx.db.query("migrationIssues").collect(),
  }));
  return { t, ids, read };
}

describe("dropSaveRegenerationHistory", () => {
  test("removes true and false alike, and rollback restores each from the ledger", async () => {
    const { t, read } = await setup([{ saveRegenerationHistory: true }, { saveRegenerationHistory: false }, { theme: "dark" }]);
    await run(t, "migrations/dropSaveRegenerationHistory:forward");
    const after = await read();
    expect(after.settings.map((s) => s.saveRegenerationHistory)).toEqual([undefined, undefined, undefined]);
    expect(after.ledger.map((e) => e.before)).toEqual([{ value: true }, { value: false }]);
    expect(await t.query(internal.progress.dropSaveRegenerationHistory, {})).toMatchObject({ migrated: 3, percent: 100 });
    await run(t, "migrations/dropSaveRegenerationHistory:rollback");
    const back = await read();
    expect(back.settings.map((s) => s.saveRegenerationHistory)).toEqual([true, false, undefined]);
    expect(back.ledger).toEqual([]);
  });
});

describe("backfillImageGenerationDefaults", () => {
  test("fills absent values, records invalid ones and keeps them, and rollback removes only its own", async () => {
    const mine = { model: "gpt-image-1", size: "512x512", quality: "hd" };
    const { t, ids, read } = await setup([
      {},
      { imageGeneration: { ...IMAGE_GENERATION_DEFAULTS } },
      { imageGeneration: mine },
      { imageGeneration: "dall-e-3" },
      { imageGeneration: { model: "dall-e-3", size: 1024 } },
    ]);
    await run(t, "migrations/backfillImageGenerationDefaults:forward");
    const after = await read();
    expect(after.settings.map((s) => s.imageGeneration)).toEqual([
      IMAGE_GENERATION_DEFAULTS, IMAGE_GENERATION_DEFAULTS, mine, "dall-e-3", { model: "dall-e-3", size: 1024 },
    ]);
    expect(after.issues.map((i) => [i.docId, i.reason])).toEqual([
      [ids[3], "imageGeneration is a string, expected an object with model: string, size: string, quality: string"],
      [ids[4], "imageGeneration.size is a number, expected a string; imageGeneration.quality is missing"],
    ]);
    await run(t, "migrations/backfillImageGenerationDefaults:rollback");
    const back = await read();
    // The user's own value equal to the defaults stays: only the ledger's entry is undone.
    expect(back.settings.map((s) => s.imageGeneration)).toEqual([
      undefined, IMAGE_GENERATION_DEFAULTS, mine, "dall-e-3", { model: "dall-e-3", size: 1024 },
    ]);
    expect(back.ledger).toEqual([]);
    expect(back.issues).toEqual([]);
  });
});
