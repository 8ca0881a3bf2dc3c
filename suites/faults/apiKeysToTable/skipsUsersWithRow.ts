/**
 * Fault (conserves): a user who already has an apiKeys row is taken for
 * "already migrated" and skipped, so legacy keys for providers the row lacks
 * stay in userSettings. The read path still finds them and no key is lost;
 * only the spec's account of what forward must have done (every key in an
 * apiKeys row, or an issue recorded) catches it.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      const row = await ctx.db.query("apiKeys").withIndex("by_user", (q) => q.eq("userId", doc.userId)).first();
      if (row) return;
      await forwardDoc(ctx, doc);
    }),
});
