/**
 * Fault (withinLimits): the guide's `.collect()` of a whole table inside one
 * mutation. Each batch counts the settings documents that still hold legacy
 * keys, to stop as soon as none is left. The data ends up right, but every
 * batch reads the whole userSettings table: fine on a test dataset, over
 * Convex's 32,000 scanned documents once the table is large.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { legacyFields } from "../../../convex/lib/legacyKeys";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, args) => {
    const result = await runBatch(ctx, "userSettings", args, forwardDoc);
    const settings = await ctx.db.query("userSettings").collect();
    const left = settings.filter((doc) => legacyFields.some((field) => doc[field] !== undefined)).length;
    return { ...result, isDone: result.isDone || left === 0 };
  },
});
