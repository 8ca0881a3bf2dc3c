/**
 * Fault (withinLimits): forward also stamps each message with its position in
 * its thread, counted by reading every message of the thread through the
 * by_thread index. The index keeps it off a table scan, so its reads do not
 * grow with the messages table; they grow with the thread. A batch of 100
 * messages of one thread of 10,000 reads a million documents: far past the
 * 32,000 a transaction may read, however small the batch.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { forwardDoc } from "../../../convex/lib/messageMetadataV2/forwardDoc";
import { isMetadataObject } from "../../../convex/lib/messageMetadataV2/metadata";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "messages", args, async (ctx, doc) => {
      await forwardDoc(ctx, doc);
      const thread = await ctx.db.query("messages").withIndex("by_thread", (q) => q.eq("threadId", doc.threadId)).collect();
      const position = thread.filter((m) => m._creationTime < doc._creationTime).length;
      const stamped = await ctx.db.get(doc._id);
      if (stamped && isMetadataObject(stamped.metadata)) await ctx.db.patch(doc._id, { metadata: { ...stamped.metadata, position } });
    }),
});
