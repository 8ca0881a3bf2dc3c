import { internalMutation } from "../_generated/server";
import { batchArgs, batchResult, runBatch } from "../lib/batch";
import { forwardDoc } from "../lib/messageMetadataV2/forwardDoc";
import { rollbackDoc } from "../lib/messageMetadataV2/rollbackDoc";

/**
 * messageMetadataV2: messages.metadata gains version "2.0" and processedAt
 * (the guide's "batch content transformation"). Batch protocol over messages
 * in creation order, unlike the guide's `.filter(migrated === undefined)`
 * loop, which rescans the table in one transaction and never ends on a
 * message it cannot stamp. The previous metadata is kept in migrationLedger;
 * non-object metadata is recorded in migrationIssues and left in place.
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "messages", args, forwardDoc),
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "messages", args, rollbackDoc),
});
