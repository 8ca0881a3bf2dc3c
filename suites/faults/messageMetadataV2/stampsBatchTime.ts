/**
 * Fault (batchIndependent): processedAt is the time the batch ran, as the
 * guide's `processedAt: Date.now()` gives (Convex freezes Date.now() for a
 * whole mutation). Here the batch's time is its first message's creation
 * time, so the fault is deterministic; either way every message of a page
 * gets its first message's value, and the result depends on where batch
 * boundaries fall.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { isMetadataObject, isV2, MIGRATION, VERSION } from "../../../convex/lib/messageMetadataV2/metadata";
import { putLedgerEntry } from "../../../convex/lib/records";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("messages").paginate({ cursor, numItems: batchSize });
    const batchTime = page[0]?._creationTime ?? 0;
    for (const doc of page) {
      const metadata: unknown = doc.metadata;
      if (isV2(metadata) || (metadata !== undefined && !isMetadataObject(metadata))) continue;
      await putLedgerEntry(ctx, {
        migration: MIGRATION, table: "messages", docId: doc._id, action: "stampedV2",
        before: metadata === undefined ? { had: false } : { had: true, metadata },
      });
      await ctx.db.patch(doc._id, { metadata: { ...metadata, version: VERSION, processedAt: batchTime } });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
