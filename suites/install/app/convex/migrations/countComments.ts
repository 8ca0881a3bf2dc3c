import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "../_generated/server";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("posts").paginate({ cursor, numItems: batchSize });
    for (const post of page) {
      const comments = await ctx.db.query("comments").withIndex("by_post", (q) => q.eq("postId", post._id)).collect();
      await ctx.db.patch(post._id, { commentCount: comments.length });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("posts").paginate({ cursor, numItems: batchSize });
    for (const post of page) await ctx.db.patch(post._id, { commentCount: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
