import { v } from "convex/values";
import { internalMutation, internalQuery } from "./_generated/server";
import { encrypt, tryDecrypt } from "./encryption";
import { legacyKeysOf, parseBlob } from "./lib/legacyKeys";
import { providers, type Provider } from "./schema";

export const providerValidator = v.union(...providers.map((p) => v.literal(p)));

export const apiKeysValidator = v.object({
  openai: v.optional(v.string()),
  anthropic: v.optional(v.string()),
  google: v.optional(v.string()),
  openrouter: v.optional(v.string()),
});
export type ApiKeys = Partial<Record<Provider, string>>;

/**
 * A user's plaintext API keys, served from both shapes while apiKeysToTable
 * rolls out: the apiKeys row wins per provider (it is newer); providers it
 * lacks fall back to the legacy settings, oldest settings document first and
 * blob before plain fields, which is the order the migration fills them in.
 * An empty string is no key, so it falls back too.
 */
export const getApiKeys = internalQuery({
  args: { userId: v.id("users") },
  returns: apiKeysValidator,
  handler: async (ctx, { userId }) => {
    const keys: ApiKeys = {};
    const row = await ctx.db
      .query("apiKeys")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .first();
    if (row) {
      for (const provider of providers) {
        const stored = row[provider];
        if (stored !== undefined && stored !== "") keys[provider] = await tryDecrypt(stored);
      }
    }
    if (providers.every((p) => keys[p] !== undefined)) return keys;
    const settings = await ctx.db
      .query("userSettings")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .collect();
    for (const doc of settings) {
      for (const { provider, value } of legacyKeysOf(doc, await parseBlob(doc.encryptedApiKeys))) {
        if (keys[provider] === undefined) keys[provider] = value;
      }
    }
    return keys;
  },
});

/** The app's new write path: one provider's key, encrypted on its own, into the user's apiKeys row. */
export const setApiKey = internalMutation({
  args: { userId: v.id("users"), provider: providerValidator, key: v.string() },
  returns: v.null(),
  handler: async (ctx, { userId, provider, key }) => {
    const ciphertext = await encrypt(key);
    const row = await ctx.db
      .query("apiKeys")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .first();
    if (row) await ctx.db.patch(row._id, { [provider]: ciphertext });
    else await ctx.db.insert("apiKeys", { userId, [provider]: ciphertext });
    return null;
  },
});

export const themeValidator = v.union(v.literal("light"), v.literal("dark"), v.literal("system"));

/**
 * The app's settings write: the user's theme, on their oldest settings
 * document (the one the app has always read), created when they have none.
 * It patches the very documents apiKeysToTable pages over.
 */
export const updateSettings = internalMutation({
  args: { userId: v.id("users"), theme: themeValidator },
  returns: v.null(),
  handler: async (ctx, { userId, theme }) => {
    const settings = await ctx.db
      .query("userSettings")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .first();
    if (settings) await ctx.db.patch(settings._id, { theme });
    else await ctx.db.insert("userSettings", { userId, theme });
    return null;
  },
});

/** The app's settings read: the theme of the user's oldest settings document. */
export const getSettings = internalQuery({
  args: { userId: v.id("users") },
  returns: v.object({ theme: v.optional(themeValidator) }),
  handler: async (ctx, { userId }) => {
    const settings = await ctx.db
      .query("userSettings")
      .withIndex("by_user", (q) => q.eq("userId", userId))
      .first();
    return settings?.theme === undefined ? {} : { theme: settings.theme };
  },
});
