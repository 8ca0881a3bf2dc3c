import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "../_generated/server";
import { slugOf } from "../slugs";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("posts").paginate({ cursor, numItems: batchSize });
    for (const post of page) if (post.slug === undefined) await ctx.db.patch(post._id, { slug: slugOf(post.title) });
    return { continueCursor, isDone, processed: page.length };
  },
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("posts").paginate({ cursor, numItems: batchSize });
    for (const post of page) if (post.slug !== undefined) await ctx.db.patch(post._id, { slug: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
