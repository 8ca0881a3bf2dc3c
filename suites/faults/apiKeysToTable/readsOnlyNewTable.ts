/**
 * Fault (readPathStable): the app's read path switched to the new table
 * before the migration finished: getApiKeys reads only the apiKeys row, with
 * no fallback to the legacy settings. Users whose keys the migration has not
 * moved yet lose them for the rest of the rollout. The migration itself is
 * right, so only the read path check sees it.
 */
import { v } from "convex/values";
import { internalQuery } from "../../../convex/_generated/server";
import { apiKeysValidator, type ApiKeys } from "../../../convex/apiKeys";
import { tryDecrypt } from "../../../convex/encryption";
import { providers } from "../../../convex/schema";

export const getApiKeys = internalQuery({
  args: { userId: v.id("users") },
  returns: apiKeysValidator,
  handler: async (ctx, { userId }) => {
    const keys: ApiKeys = {};
    const row = await ctx.db.query("apiKeys").withIndex("by_user", (q) => q.eq("userId", userId)).first();
    for (const provider of providers) {
      const stored = row?.[provider];
      if (stored !== undefined && stored !== "") keys[provider] = await tryDecrypt(stored);
    }
    return keys;
  },
});
