/**
 * Fault (conserves): the guide's `{ ...(msg.metadata || {}), version, processedAt }`
 * applied to metadata that is not an object. Spreading a string yields its
 * characters as fields ("ok" becomes { 0: "o", 1: "k", ... }), a number or
 * null yields nothing: the original value is lost instead of being recorded
 * in migrationIssues and left in place.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { isV2, MIGRATION, stampOf } from "../../../convex/lib/messageMetadataV2/metadata";
import { putLedgerEntry } from "../../../convex/lib/records";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "messages", args, async (ctx, doc) => {
      const metadata: any = doc.metadata;
      if (isV2(metadata)) return;
      await putLedgerEntry(ctx, {
        migration: MIGRATION, table: "messages", docId: doc._id, action: "stampedV2",
        before: metadata === undefined ? { had: false } : { had: true, metadata },
      });
      await ctx.db.patch(doc._id, { metadata: { ...(metadata || {}), ...stampOf(doc) } });
    }),
});
