/**
 * Fault (terminates): a page that holds a document the migration cannot
 * interpret is "retried" by handing back the same cursor, hoping the next
 * attempt succeeds. The document never changes, so the loop never ends.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { issuesFor } from "../../../convex/lib/apiKeysToTable/ledger";
import { batchArgs, batchResult } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("userSettings").paginate({ cursor, numItems: batchSize });
    let troubled = false;
    for (const doc of page) {
      await forwardDoc(ctx, doc);
      if ((await issuesFor(ctx, doc._id)).length > 0) troubled = true;
    }
    if (troubled) return { continueCursor: cursor ?? "", isDone: false, processed: 0 };
    return { continueCursor, isDone, processed: page.length };
  },
});
