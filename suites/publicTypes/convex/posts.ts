import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/** The batch protocol in the app's own internalMutation: args, returns and the handler's types all the app's convex. */
export const addSlug = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("posts").paginate({ cursor, numItems: batchSize });
    for (const post of page) await ctx.db.patch(post._id, { slug: post.title.toLowerCase() });
    return { continueCursor, isDone, processed: page.length };
  },
});

export const removeSlug = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, args) => {
    const result = await ctx.db.query("posts").paginate({ cursor: args.cursor, numItems: args.batchSize });
    for (const post of result.page) await ctx.db.patch(post._id, { slug: undefined });
    return { continueCursor: result.continueCursor, isDone: result.isDone, processed: result.page.length };
  },
});
