/**
 * Fault (roundTrip): the rollback "cleans up" by deleting the user's apiKeys
 * row whenever it restores legacy fields, including rows that existed before
 * the migration (newer keys the app had written there).
 */
import { internalMutation } from "../../../convex/_generated/server";
import { rollbackDoc } from "../../../convex/lib/apiKeysToTable/rollbackDoc";
import { entriesFor } from "../../../convex/lib/apiKeysToTable/ledger";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      const migrated = (await entriesFor(ctx, doc._id)).length > 0;
      await rollbackDoc(ctx, doc);
      if (!migrated) return;
      const rows = await ctx.db.query("apiKeys").withIndex("by_user", (q) => q.eq("userId", doc.userId)).collect();
      for (const row of rows) await ctx.db.delete(row._id);
    }),
});
