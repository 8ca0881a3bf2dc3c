import { internalMutation } from "../_generated/server";
import { forwardDoc } from "../lib/apiKeysToTable/forwardDoc";
import { rollbackDoc } from "../lib/apiKeysToTable/rollbackDoc";
import { batchArgs, batchResult, runBatch } from "../lib/batch";

/**
 * apiKeysToTable: legacy userSettings keys (the encryptedApiKeys blob and the
 * plain openaiKey / anthropicKey fields) move into one apiKeys row per user,
 * each provider encrypted on its own. Batch protocol: each call is one
 * transaction over one page of userSettings in creation order, and reads
 * O(batchSize) documents through indexed lookups, never a whole table.
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "userSettings", args, forwardDoc),
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "userSettings", args, rollbackDoc),
});
