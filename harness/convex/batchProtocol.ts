import { v } from "convex/values";

/**
 * The batch protocol's validators, for a migration written as one internal
 * mutation per batch: `({ cursor, batchSize }) => { continueCursor, isDone, processed }`.
 *
 * @example
 * export const forward = internalMutation({
 *   args: batchArgs,
 *   returns: batchResult,
 *   handler: async (ctx, { cursor, batchSize }) => {
 *     const { page, continueCursor, isDone } = await ctx.db.query("posts").paginate({ cursor, numItems: batchSize });
 *     for (const post of page) await ctx.db.patch(post._id, { slug: slugify(post.title) });
 *     return { continueCursor, isDone, processed: page.length };
 *   },
 * });
 */
export const batchArgs = { cursor: v.union(v.string(), v.null()), batchSize: v.number() };
/**
 * What one batch of the batch protocol returns: the cursor to continue from,
 * whether the table is done, and how many documents it handled.
 *
 * @example
 * export const rollback = internalMutation({ args: batchArgs, returns: batchResult, handler: rollbackOneBatch });
 */
export const batchResult = v.object({ continueCursor: v.string(), isDone: v.boolean(), processed: v.number() });
