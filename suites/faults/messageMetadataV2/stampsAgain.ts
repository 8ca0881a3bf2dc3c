/**
 * Fault (idempotent): forward without the "already v2" check. The guide's loop
 * skipped migrated messages with a `migrated` flag; drop that check and a
 * second run stamps its own output again, recording the stamped metadata as
 * the "previous" one, so the rollback after two runs restores v2 metadata.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { isMetadataObject, MIGRATION, notAnObjectReason, stampOf } from "../../../convex/lib/messageMetadataV2/metadata";
import { putLedgerEntry, recordIssue } from "../../../convex/lib/records";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "messages", args, async (ctx, doc) => {
      const metadata: unknown = doc.metadata;
      if (metadata !== undefined && !isMetadataObject(metadata)) {
        await recordIssue(ctx, { migration: MIGRATION, table: "messages", docId: doc._id, reason: notAnObjectReason(metadata) });
        return;
      }
      const before = metadata === undefined ? { had: false } : { had: true, metadata };
      await putLedgerEntry(ctx, { migration: MIGRATION, table: "messages", docId: doc._id, action: "stampedV2", before });
      await ctx.db.patch(doc._id, { metadata: { ...metadata, ...stampOf(doc) } });
    }),
});
