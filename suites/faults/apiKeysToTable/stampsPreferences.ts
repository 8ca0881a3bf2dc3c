/**
 * Fault (targetValid): forward stamps the settings' preferences with the
 * time it migrated them. preferences is v.record(v.string(), v.string()), so
 * production rejects the number; convex-test does not validate record values
 * and lets it through. Only the harness's own validation catches this.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      await forwardDoc(ctx, doc);
      const preferences = { ...doc.preferences, apiKeysMigratedAt: Date.now() } as unknown as Record<string, string>;
      await ctx.db.patch(doc._id, { preferences });
    }),
});
