import { describe, expect, test } from "vitest";
import { internal } from "./_generated/api";
import { encrypt, tryDecrypt } from "./encryption";
import { setupTest } from "./test.setup";

describe("getApiKeys", () => {
  test("reads the legacy blob and plain fields when there is no row", async () => {
    const t = setupTest();
    const blob = await encrypt(JSON.stringify({ openai: "sk-blob", google: "" }));
    const userId = await t.run(async (ctx) => {
      const userId = await ctx.db.insert("users", { name: "a", email: "a@x" });
      await ctx.db.insert("userSettings", { userId, encryptedApiKeys: blob, openaiKey: "sk-plain", anthropicKey: "sk-a" });
      return userId;
    });
    // The blob replaced the plain fields, so it wins; an empty key is no key.
    expect(await t.query(internal.apiKeys.getApiKeys, { userId })).toEqual({ openai: "sk-blob", anthropic: "sk-a" });
  });

  test("ignores blobs that are garbage or not an object of strings", async () => {
    const t = setupTest();
    const userId = await t.run(async (ctx) => {
      const userId = await ctx.db.insert("users", { name: "a", email: "a@x" });
      for (const encryptedApiKeys of ["not json", "[1]", '{"openai":3}', "null"]) {
        await ctx.db.insert("userSettings", { userId, encryptedApiKeys });
      }
      return userId;
    });
    expect(await t.query(internal.apiKeys.getApiKeys, { userId })).toEqual({});
  });

  test("the apiKeys row wins per provider; the rest falls back to legacy settings", async () => {
    const t = setupTest();
    const userId = await t.run(async (ctx) => {
      const userId = await ctx.db.insert("users", { name: "a", email: "a@x" });
      await ctx.db.insert("userSettings", { userId, openaiKey: "sk-old", anthropicKey: "sk-a" });
      return userId;
    });
    await t.mutation(internal.apiKeys.setApiKey, { userId, provider: "openai", key: "sk-new" });
    expect(await t.query(internal.apiKeys.getApiKeys, { userId })).toEqual({ openai: "sk-new", anthropic: "sk-a" });
  });
});

describe("setApiKey", () => {
  test("creates the row once, then updates it, storing each key encrypted", async () => {
    const t = setupTest();
    const userId = await t.run((ctx) => ctx.db.insert("users", { name: "a", email: "a@x" }));
    await t.mutation(internal.apiKeys.setApiKey, { userId, provider: "google", key: "sk-g" });
    await t.mutation(internal.apiKeys.setApiKey, { userId, provider: "openrouter", key: "sk-r" });
    const rows = await t.run((ctx) => ctx.db.query("apiKeys").collect());
    expect(rows).toHaveLength(1);
    expect(rows[0].google).not.toBe("sk-g");
    expect(await tryDecrypt(rows[0].google!)).toBe("sk-g");
    expect(await t.query(internal.apiKeys.getApiKeys, { userId })).toEqual({ google: "sk-g", openrouter: "sk-r" });
  });
});
