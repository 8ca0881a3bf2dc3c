/**
 * Crash fixture (not an invariant fault): the blob parser assumes JSON is
 * always an object and throws on `[...]`, naming the document. The harness
 * must report the batch, its cursor and that document, and must not hang.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "userSettings", args, async (ctx, doc) => {
      if (doc.encryptedApiKeys?.startsWith("[")) {
        throw new Error(`cannot read encryptedApiKeys of ${doc._id}: expected an object`);
      }
      await forwardDoc(ctx, doc);
    }),
});
