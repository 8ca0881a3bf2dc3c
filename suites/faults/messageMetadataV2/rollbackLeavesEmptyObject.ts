/**
 * Fault (roundTrip): the rollback strips version and processedAt and writes
 * back what is left, forgetting that a message without metadata had none: an
 * absent field comes back as `{}`. Every read of `metadata === undefined`
 * changes its answer.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { MIGRATION } from "../../../convex/lib/messageMetadataV2/metadata";
import { clearIssues, ledgerEntries } from "../../../convex/lib/records";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "messages", args, async (ctx, doc) => {
      for (const entry of await ledgerEntries(ctx, MIGRATION, doc._id)) {
        const before = entry.before as { had: boolean; metadata?: Record<string, unknown> };
        const { version, processedAt, ...rest } = doc.metadata as Record<string, unknown>;
        await ctx.db.patch(doc._id, { metadata: { ...rest, ...before.metadata } });
        await ctx.db.delete(entry._id);
      }
      await clearIssues(ctx, MIGRATION, doc._id);
    }),
});
