import { describe, expect, test } from "vitest";
import { internal } from "../_generated/api";
import type { Id } from "../_generated/dataModel";
import { encrypt, encryptWithSecret, tryDecrypt, WRONG_ENCRYPTION_SECRET } from "../encryption";
import schema from "../schema";
import { setupTest } from "../test.setup";

type T = ReturnType<typeof setupTest>;
type Users = Record<string, Id<"users">>;

/** Hand-made legacy users, one per data class the migration must handle. */
async function seedLegacy(t: T) {
  const newer = await encrypt("sk-new-openai-4");
  const encryptedBlob = await encrypt(JSON.stringify({ openai: "sk-o1", google: "sk-g1" }));
  const foreignBlob = await encryptWithSecret(JSON.stringify({ openai: "sk-o7" }), WRONG_ENCRYPTION_SECRET);
  const users: Users = await t.run(async (ctx) => {
    const u: Users = {};
    for (const name of ["u1", "u2", "u3", "u4", "u5", "u6", "u7"]) u[name] = await ctx.db.insert("users", { name, email: `${name}@x` });
    const s = (userId: Id<"users">, fields: object) => ctx.db.insert("userSettings", { userId, theme: "dark", ...fields });
    await s(u.u1, { encryptedApiKeys: encryptedBlob, anthropicKey: "sk-a1" });
    await s(u.u2, { encryptedApiKeys: '{"anthropic":"sk-a2","openrouter":"sk-r2"}', openaiKey: "sk-o2" });
    await s(u.u3, { encryptedApiKeys: "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", openaiKey: "sk-o3" });
    await ctx.db.insert("apiKeys", { userId: u.u4, openai: newer });
    await s(u.u4, { encryptedApiKeys: "", openaiKey: "sk-old-openai-4", anthropicKey: "sk-a4" });
    await s(u.u5, { encryptedApiKeys: JSON.stringify({ openai: "sk-o5" }) });
    await s(u.u5, { openaiKey: "sk-o5-conflict", anthropicKey: "sk-a5" });
    await s(u.u6, { openaiKey: "sk-o6" });
    await ctx.db.delete(u.u6); // an orphan: settings of a deleted user
    await s(u.u7, { encryptedApiKeys: foreignBlob, saveRegenerationHistory: true });
    return u;
  });
  return { users, foreignBlob };
}

async function snapshot(t: T) {
  return t.run(async (ctx) => {
    const out: Record<string, unknown[]> = {};
    for (const table of Object.keys(schema.tables)) out[table] = await ctx.db.query(table as any).collect();
    return out;
  });
}

async function run(t: T, fn: typeof internal.migrations.apiKeysToTable.forward, batchSize: number, afterBatch?: () => Promise<void>) {
  let cursor: string | null = null;
  for (let batches = 0; batches < 100; batches++) {
    const result: { continueCursor: string; isDone: boolean } = await t.mutation(fn, { cursor, batchSize });
    await afterBatch?.();
    if (result.isDone) return;
    cursor = result.continueCursor;
  }
  throw new Error("migration did not finish in 100 batches");
}

const keysOf = (t: T, users: Users) =>
  Promise.all(Object.values(users).map((userId) => t.query(internal.apiKeys.getApiKeys, { userId })));

async function rowOf(t: T, userId: Id<"users">) {
  const row = await t.run((ctx) => ctx.db.query("apiKeys").withIndex("by_user", (q) => q.eq("userId", userId)).unique());
  if (!row) return null;
  const plain: Record<string, string> = {};
  for (const p of ["openai", "anthropic", "google", "openrouter"] as const) if (row[p]) plain[p] = await tryDecrypt(row[p]!);
  return plain;
}

const settingsOf = (t: T, userId: Id<"users">) =>
  t.run((ctx) => ctx.db.query("userSettings").withIndex("by_user", (q) => q.eq("userId", userId)).collect());

describe("apiKeysToTable", () => {
  test("forward moves every key into apiKeys, the newer row winning, and keeps what it cannot move", async () => {
    const t = setupTest();
    const { users, foreignBlob } = await seedLegacy(t);
    await run(t, internal.migrations.apiKeysToTable.forward, 2);

    expect(await rowOf(t, users.u1)).toEqual({ openai: "sk-o1", google: "sk-g1", anthropic: "sk-a1" });
    expect(await rowOf(t, users.u2)).toEqual({ openai: "sk-o2", anthropic: "sk-a2", openrouter: "sk-r2" });
    expect(await rowOf(t, users.u3)).toEqual({ openai: "sk-o3" });
    expect(await rowOf(t, users.u4)).toEqual({ openai: "sk-new-openai-4", anthropic: "sk-a4" });
    expect(await rowOf(t, users.u5)).toEqual({ openai: "sk-o5", anthropic: "sk-a5" });
    expect(await rowOf(t, users.u6)).toEqual({ openai: "sk-o6" });
    expect(await rowOf(t, users.u7)).toBeNull();

    const legacy = ({ encryptedApiKeys, openaiKey, anthropicKey }: any) => ({ encryptedApiKeys, openaiKey, anthropicKey });
    expect((await settingsOf(t, users.u1)).map(legacy)).toEqual([{}]);
    expect((await settingsOf(t, users.u3)).map(legacy)).toEqual([{ encryptedApiKeys: "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcd" }]);
    expect((await settingsOf(t, users.u4)).map(legacy)).toEqual([{ openaiKey: "sk-old-openai-4" }]);
    expect((await settingsOf(t, users.u5)).map(legacy)).toEqual([{}, { openaiKey: "sk-o5-conflict" }]);
    expect((await settingsOf(t, users.u7)).map(legacy)).toEqual([{ encryptedApiKeys: foreignBlob }]);

    const issues = (await snapshot(t)).migrationIssues as any[];
    expect(issues.map((i) => i.migration)).toEqual(["apiKeysToTable", "apiKeysToTable"]);
  });

  test("getApiKeys answers the same before, after every batch, and after forward", async () => {
    const t = setupTest();
    const { users } = await seedLegacy(t);
    const before = await keysOf(t, users);
    expect(before[4]).toEqual({ openai: "sk-o5", anthropic: "sk-a5" });
    await run(t, internal.migrations.apiKeysToTable.forward, 1, async () => expect(await keysOf(t, users)).toEqual(before));
    await run(t, internal.migrations.apiKeysToTable.rollback, 1, async () => expect(await keysOf(t, users)).toEqual(before));
  });

  test("a second forward changes nothing", async () => {
    const t = setupTest();
    await seedLegacy(t);
    await run(t, internal.migrations.apiKeysToTable.forward, 3);
    const once = await snapshot(t);
    await run(t, internal.migrations.apiKeysToTable.forward, 2);
    expect(await snapshot(t)).toEqual(once);
  });

  test("rollback restores the database exactly, and a second rollback changes nothing", async () => {
    const t = setupTest();
    await seedLegacy(t);
    const original = await snapshot(t);
    await run(t, internal.migrations.apiKeysToTable.forward, 2);
    await run(t, internal.migrations.apiKeysToTable.rollback, 3);
    expect(await snapshot(t)).toEqual(original);
    await run(t, internal.migrations.apiKeysToTable.rollback, 1);
    expect(await snapshot(t)).toEqual(original);
  });

  test("rollback keeps a key the app wrote after forward, and never deletes a pre-existing row", async () => {
    const t = setupTest();
    const { users } = await seedLegacy(t);
    await run(t, internal.migrations.apiKeysToTable.forward, 10);
    await t.mutation(internal.apiKeys.setApiKey, { userId: users.u1, provider: "openai", key: "sk-app-write" });
    await t.mutation(internal.apiKeys.setApiKey, { userId: users.u3, provider: "google", key: "sk-g3" });
    await run(t, internal.migrations.apiKeysToTable.rollback, 10);
    expect(await rowOf(t, users.u1)).toEqual({ openai: "sk-app-write" });
    expect(await rowOf(t, users.u3)).toEqual({ google: "sk-g3" });
    expect(await rowOf(t, users.u4)).toEqual({ openai: "sk-new-openai-4" });
    expect(await t.query(internal.apiKeys.getApiKeys, { userId: users.u1 })).toEqual({
      openai: "sk-app-write", google: "sk-g1", anthropic: "sk-a1",
    });
  });

  test("a batch of an empty table is done at once", async () => {
    const t = setupTest();
    const result = await t.mutation(internal.migrations.apiKeysToTable.forward, { cursor: null, batchSize: 5 });
    expect(result).toMatchObject({ isDone: true, processed: 0 });
  });
});

describe("apiKeysToTable on keys it cannot move", () => {
  test("unknown providers and lone surrogates stay in place, are recorded, and roll back cleanly", async () => {
    const t = setupTest();
    const userId = await t.run(async (ctx) => {
      const userId = await ctx.db.insert("users", { name: "a", email: "a@x" });
      await ctx.db.insert("userSettings", { userId, encryptedApiKeys: '{"mistral":"sk-m","openai":"sk-o"}', anthropicKey: "sk-\uD800" });
      return userId;
    });
    const original = await snapshot(t);
    const before = await t.query(internal.apiKeys.getApiKeys, { userId });
    await run(t, internal.migrations.apiKeysToTable.forward, 1);
    const [settings] = await settingsOf(t, userId);
    expect(settings.encryptedApiKeys).toBe('{"mistral":"sk-m","openai":"sk-o"}');
    expect(settings.anthropicKey).toBe("sk-\uD800");
    expect(await rowOf(t, userId)).toEqual({ openai: "sk-o" });
    expect(((await snapshot(t)).migrationIssues as any[]).map((i) => i.reason)).toHaveLength(2);
    expect(await t.query(internal.apiKeys.getApiKeys, { userId })).toEqual(before);
    const once = await snapshot(t);
    await run(t, internal.migrations.apiKeysToTable.forward, 1);
    expect(await snapshot(t)).toEqual(once);
    await run(t, internal.migrations.apiKeysToTable.rollback, 1);
    expect(await snapshot(t)).toEqual(original);
  });
});
