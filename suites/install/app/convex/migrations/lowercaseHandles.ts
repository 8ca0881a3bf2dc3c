import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "../_generated/server";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("authors").paginate({ cursor, numItems: batchSize });
    for (const author of page) await ctx.db.patch(author._id, { handleLower: author.handle.toLowerCase() });
    return { continueCursor, isDone, processed: page.length };
  },
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("authors").paginate({ cursor, numItems: batchSize });
    for (const author of page) await ctx.db.patch(author._id, { handleLower: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
