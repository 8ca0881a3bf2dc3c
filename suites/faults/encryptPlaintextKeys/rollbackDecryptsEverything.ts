/**
 * Fault (roundTrip): rollback decrypts every value that decrypts with the
 * app's key, not only those the forward pass encrypted. Keys that were
 * encrypted before the migration come back as plaintext.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { tryDecrypt } from "../../../convex/encryption";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { decryptRow } from "../../../convex/lib/encryptPlaintextKeys/steps";
import { providers } from "../../../convex/schema";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "apiKeys", args, async (ctx, row) => {
      await decryptRow(ctx, row);
      const current = (await ctx.db.get(row._id))!;
      const patch: Record<string, string> = {};
      for (const provider of providers) {
        const value = current[provider];
        if (value !== undefined) patch[provider] = await tryDecrypt(value);
      }
      await ctx.db.patch(row._id, patch);
    }),
});
