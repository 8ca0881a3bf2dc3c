/**
 * Fault (idempotent): after moving the legacy keys, forward "normalizes" the
 * user's apiKeys row by encrypting every value in it, without asking whether
 * a value is encrypted already. The first run is right; the second encrypts
 * ciphertext again, and the app can no longer read the keys.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { encrypt } from "../../../convex/encryption";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { providers } from "../../../convex/schema";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      await forwardDoc(ctx, doc);
      const row = await ctx.db.query("apiKeys").withIndex("by_user", (q) => q.eq("userId", doc.userId)).first();
      if (!row) return;
      const patch: Record<string, string> = {};
      for (const provider of providers) {
        const value = row[provider];
        if (value !== undefined) patch[provider] = await encrypt(value);
      }
      await ctx.db.patch(row._id, patch);
    }),
});
