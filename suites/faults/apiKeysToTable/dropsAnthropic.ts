/**
 * Fault (conserves): the migration was written when the app only had OpenAI
 * keys. Its cleanup clears every legacy field, anthropicKey included, but
 * nothing copies anthropicKey into apiKeys: those keys are simply gone.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      if (doc.anthropicKey !== undefined) {
        await ctx.db.patch(doc._id, { anthropicKey: undefined });
        doc = { ...doc, anthropicKey: undefined };
      }
      await forwardDoc(ctx, doc);
    }),
});
