import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/**
 * A broken forward that logs the way @convex-dev/migrations does when a
 * document fails (one console.error per document, one for the migration),
 * then throws on any note tagged "work": the harness's tests of how much of
 * an app's own logging a failing check prints.
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) {
      if (note.tags?.includes("work")) {
        console.error(`Document failed: ${note._id}`);
        console.error(`Migration noisy:forward failed: cannot slug ${note._id}`);
        throw new Error(`cannot slug ${note._id}`);
      }
      await ctx.db.patch(note._id, { slug: note.text });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
