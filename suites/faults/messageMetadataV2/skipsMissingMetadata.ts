/**
 * Fault (conserves): the guide's loop guarded the stamp with
 * `if (!message.metadata) continue;`, so messages that never had metadata
 * are never stamped. Nothing is lost and everything is reversible: only the
 * spec's account of what forward must have done (every stampable message
 * stamped) catches it.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { forwardDoc } from "../../../convex/lib/messageMetadataV2/forwardDoc";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "messages", args, async (ctx, doc) => {
      if (!doc.metadata) return;
      await forwardDoc(ctx, doc);
    }),
});
