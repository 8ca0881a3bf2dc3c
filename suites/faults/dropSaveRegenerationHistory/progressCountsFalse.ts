/**
 * Fault (progressTruthful): progress counts a document as migrated when
 * `!doc.saveRegenerationHistory`, so documents still holding false look
 * done before the migration has touched them.
 */
import { internalQuery } from "../../../convex/_generated/server";
import { countProgress, progressResult } from "../../../convex/lib/progress";

export const progress = internalQuery({
  args: {},
  returns: progressResult,
  handler: (ctx) => countProgress(ctx, "userSettings", (doc) => !doc.saveRegenerationHistory),
});
