import { describe, expect, test } from "vitest";
import { internal } from "../_generated/api";
import { decrypt, encrypt, encryptWithSecret, WRONG_ENCRYPTION_SECRET } from "../encryption";
import { setupTest } from "../test.setup";

type T = ReturnType<typeof setupTest>;

async function run(t: T, fn: typeof internal.migrations.encryptPlaintextKeys.forward) {
  let cursor: string | null = null;
  for (;;) {
    const r: { continueCursor: string; isDone: boolean } = await t.mutation(fn, { cursor, batchSize: 2 });
    if (r.isDone) return;
    cursor = r.continueCursor;
  }
}

describe("encryptPlaintextKeys", () => {
  test("encrypts plaintext, leaves ciphertext, empty and unencryptable values, and rollback undoes only its own", async () => {
    const t = setupTest();
    const encrypted = await encrypt("sk-already");
    const foreign = await encryptWithSecret("sk-foreign", WRONG_ENCRYPTION_SECRET);
    const base64 = btoa("this plaintext only looks like ciphertext!");
    const ids = await t.run(async (ctx) => {
      const userId = await ctx.db.insert("users", { name: "u", email: "u@x" });
      return {
        mixed: await ctx.db.insert("apiKeys", { userId, openai: "sk-plain", anthropic: encrypted, google: "" }),
        lookalikes: await ctx.db.insert("apiKeys", { userId, openai: base64, openrouter: foreign }),
        lone: await ctx.db.insert("apiKeys", { userId, google: "AIza\uD800x" }),
      };
    });
    await run(t, internal.migrations.encryptPlaintextKeys.forward);
    const after = await t.run(async (ctx) => ({
      mixed: (await ctx.db.get(ids.mixed))!,
      lookalikes: (await ctx.db.get(ids.lookalikes))!,
      lone: (await ctx.db.get(ids.lone))!,
      issues: await ctx.db.query("migrationIssues").collect(),
    }));
    expect(await decrypt(after.mixed.openai!)).toBe("sk-plain");
    expect(after.mixed.anthropic).toBe(encrypted);
    expect(after.mixed.google).toBe("");
    // Both lookalikes are wrapped: neither decrypts with the app's key.
    expect(await decrypt(after.lookalikes.openai!)).toBe(base64);
    expect(await decrypt(after.lookalikes.openrouter!)).toBe(foreign);
    expect(after.lone.google).toBe("AIza\uD800x");
    expect(after.issues.map((i) => i.docId)).toEqual([ids.lone]);

    await run(t, internal.migrations.encryptPlaintextKeys.rollback);
    const back = await t.run(async (ctx) => ({
      rows: await ctx.db.query("apiKeys").collect(),
      ledger: await ctx.db.query("migrationLedger").collect(),
      issues: await ctx.db.query("migrationIssues").collect(),
    }));
    expect(back.rows.map(({ openai, anthropic, google, openrouter }) => ({ openai, anthropic, google, openrouter }))).toEqual([
      { openai: "sk-plain", anthropic: encrypted, google: "", openrouter: undefined },
      { openai: base64, anthropic: undefined, google: undefined, openrouter: foreign },
      { openai: undefined, anthropic: undefined, google: "AIza\uD800x", openrouter: undefined },
    ]);
    expect(back.ledger).toEqual([]);
    expect(back.issues).toEqual([]);
  });

  test("progress is 100% of an empty table, and counts rows with plaintext as remaining", async () => {
    const t = setupTest();
    expect(await t.query(internal.progress.encryptPlaintextKeys, {})).toEqual({ total: 0, migrated: 0, remaining: 0, percent: 100 });
    const encrypted = await encrypt("sk-e");
    await t.run(async (ctx) => {
      const userId = await ctx.db.insert("users", { name: "u", email: "u@x" });
      await ctx.db.insert("apiKeys", { userId, openai: "sk-plain" });
      await ctx.db.insert("apiKeys", { userId, openai: encrypted });
      await ctx.db.insert("apiKeys", { userId, openai: "sk-plain", anthropic: encrypted });
    });
    expect(await t.query(internal.progress.encryptPlaintextKeys, {})).toEqual({ total: 3, migrated: 1, remaining: 2, percent: 33 });
  });
});
