import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/**
 * A forward that creates documents: it marks each note migrated and inserts
 * a copy of it (slug "copy") that it never marks. For the harness's tests
 * of how a failure names documents the dataset did not seed.
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) {
      if (note.slug === "copy" || note.meta !== undefined) continue;
      await ctx.db.patch(note._id, { meta: "migrated" });
      await ctx.db.insert("notes", { userId: note.userId, text: note.text, slug: "copy" });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
