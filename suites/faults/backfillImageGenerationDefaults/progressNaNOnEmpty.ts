/**
 * Fault (progressTruthful): percent is Math.round(migrated / total * 100),
 * the formula of a quick dashboard. On an empty table it is NaN.
 */
import { internalQuery } from "../../../convex/_generated/server";
import { isMigrated } from "../../../convex/lib/backfillImageGenerationDefaults/steps";
import { progressResult } from "../../../convex/lib/progress";

export const progress = internalQuery({
  args: {},
  returns: progressResult,
  handler: async (ctx) => {
    const docs = await ctx.db.query("userSettings").collect();
    const migrated = docs.filter(isMigrated).length;
    return { total: docs.length, migrated, remaining: docs.length - migrated, percent: Math.round((migrated / docs.length) * 100) };
  },
});
