/**
 * Fault (targetValid): forward also stamps each message's metadata with the
 * thread's conversation so far (role, content and metadata of every message
 * up to this one), as context for a model. The data stays "right", but a
 * message now holds a copy of its thread: one long message (a pasted
 * document) is enough to push it past Convex's 1 MiB per document, and a
 * long thread makes every message too large. convex-test stores it anyway;
 * a deployment rejects the write.
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
      const stamped = await ctx.db.get(doc._id);
      if (!stamped || !isMetadataObject(stamped.metadata)) return;
      const thread = await ctx.db.query("messages").withIndex("by_thread", (q) => q.eq("threadId", doc.threadId)).collect();
      const transcript = thread
        .filter((m) => m._creationTime <= doc._creationTime)
        .map(({ role, content, metadata }) => ({ role, content, metadata: m(metadata) }));
      await ctx.db.patch(doc._id, { metadata: { ...stamped.metadata, transcript } });
    }),
});

/** A message's own metadata without a transcript already stamped on it (no copies of copies). */
function m(metadata: unknown): unknown {
  if (!isMetadataObject(metadata)) return metadata;
  const { transcript: _, ...rest } = metadata;
  return rest;
}
