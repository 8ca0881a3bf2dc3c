import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/** payload becomes body, unchanged: the document only gets smaller (a shorter field name). */
export const renamePayload = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("documents").paginate({ cursor, numItems: batchSize });
    for (const doc of page) {
      if (doc.payload !== undefined && doc.body === undefined) await ctx.db.patch(doc._id, { body: doc.payload, payload: undefined });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

export const restorePayload = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("documents").paginate({ cursor, numItems: batchSize });
    for (const doc of page) {
      if (doc.body !== undefined && doc.payload === undefined) await ctx.db.patch(doc._id, { payload: doc.body, body: undefined });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
