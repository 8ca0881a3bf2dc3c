/**
 * Fault (withinLimits): before moving a document's keys, forward checks
 * whether the user already has an apiKeys row with `.filter()` instead of the
 * by_user index. Same answers, but a user without a row makes the query scan
 * the whole apiKeys table. convex-test counts only the documents a filtered
 * query returns, so this passes on it as it is; the memory backend counts
 * what the filter rejected too, as production does, and the read growth shows.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { legacyFields } from "../../../convex/lib/legacyKeys";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      const row = await ctx.db.query("apiKeys").filter((q) => q.eq(q.field("userId"), doc.userId)).first();
      // Nothing to move and no row to reconcile with: skip the document.
      if (!row && legacyFields.every((field) => doc[field] === undefined)) return;
      await forwardDoc(ctx, doc);
    }),
});
