/**
 * Fault (resumable): progress is kept as a counter that the first batch
 * resets and every batch increments. When a driver crashes after a batch
 * commits but before it saves the cursor, the batch runs again and is
 * counted twice: the recorded progress no longer matches the data.
 */
import { internalMutation, type MutationCtx } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { rollbackDoc } from "../../../convex/lib/apiKeysToTable/rollbackDoc";
import { batchArgs, batchResult, runBatch, type BatchArgs } from "../../../convex/lib/batch";

const PROGRESS = { migration: "apiKeysToTable", docId: "progress" } as const;

async function progressEntry(ctx: MutationCtx) {
  return ctx.db
    .query("migrationLedger")
    .withIndex("by_migration_doc", (q) => q.eq("migration", PROGRESS.migration).eq("docId", PROGRESS.docId))
    .first();
}

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, args: BatchArgs) => {
    const result = await runBatch(ctx, "userSettings", args, forwardDoc);
    const entry = await progressEntry(ctx);
    const migrated = (args.cursor === null ? 0 : ((entry?.before as number | undefined) ?? 0)) + result.processed;
    if (entry) await ctx.db.patch(entry._id, { before: migrated });
    else await ctx.db.insert("migrationLedger", { ...PROGRESS, table: "userSettings", action: "progress", before: migrated });
    return result;
  },
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, args: BatchArgs) => {
    const entry = await progressEntry(ctx);
    if (args.cursor === null && entry) await ctx.db.delete(entry._id);
    return runBatch(ctx, "userSettings", args, rollbackDoc);
  },
});
