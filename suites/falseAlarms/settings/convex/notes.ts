import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/** Each note gets its word count. */
export const countWords = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) {
      if (note.words === undefined) await ctx.db.patch(note._id, { words: note.text.split(/\s+/).filter(Boolean).length });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

export const uncountWords = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) if (note.words !== undefined) await ctx.db.patch(note._id, { words: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
