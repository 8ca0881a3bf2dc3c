/**
 * What the thread-reading faults of messageMetadataV2 share: forward as it
 * should be, then one more field in each stamped message's metadata,
 * computed from every message of its thread (read through by_thread).
 */
import type { Doc } from "../../../convex/_generated/dataModel";
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { forwardDoc } from "../../../convex/lib/messageMetadataV2/forwardDoc";
import { isMetadataObject } from "../../../convex/lib/messageMetadataV2/metadata";

export function forwardStampingFromThread(stamp: (doc: Doc<"messages">, thread: Array<Doc<"messages">>) => Record<string, unknown>) {
  return internalMutation({
    args: batchArgs,
    returns: batchResult,
    handler: (ctx, args) =>
      runBatch(ctx, "messages", args, async (ctx, doc) => {
        await forwardDoc(ctx, doc);
        const thread = await ctx.db.query("messages").withIndex("by_thread", (q) => q.eq("threadId", doc.threadId)).collect();
        const stamped = await ctx.db.get(doc._id);
        if (stamped && isMetadataObject(stamped.metadata)) await ctx.db.patch(doc._id, { metadata: { ...stamped.metadata, ...stamp(doc, thread) } });
      }),
  });
}
