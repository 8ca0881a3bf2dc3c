/**
 * Not a catalogued fault: a forward that loops forever without awaiting
 * (a `while` whose exit condition never changes), which no deadline can
 * interrupt inside the process. Only the end-to-end test of certify's
 * budget runs it, to prove that certify still ends and writes its
 * certificate when a suite is stuck.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("userSettings").paginate({ cursor, numItems: batchSize });
    let spins = 0;
    while (page.length > 0) spins++;
    return { continueCursor, isDone, processed: page.length + spins };
  },
});
