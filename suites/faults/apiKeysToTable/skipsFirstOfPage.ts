/**
 * Fault (batchIndependent): someone believed Convex cursors are inclusive and
 * drops the first document of every page after the first, as if it had been
 * processed already. Right for one page, wrong at every batch boundary.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("userSettings").paginate({ cursor, numItems: batchSize });
    const fresh = cursor === null ? page : page.slice(1);
    for (const doc of fresh) await forwardDoc(ctx, doc);
    return { continueCursor, isDone, processed: page.length };
  },
});
