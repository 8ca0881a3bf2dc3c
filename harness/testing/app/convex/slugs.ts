import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/**
 * Read once, when the module loads: the harness must set the app's
 * environment (defineApp's `env`) before any of its modules loads.
 */
export const SLUG_PREFIX = process.env.SLUG_PREFIX ?? "default";

export function slugOf(text: string): string {
  return `${SLUG_PREFIX}-${text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}`;
}

/** Gives every note a slug; one page per call. */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) if (note.slug === undefined) await ctx.db.patch(note._id, { slug: slugOf(note.text) });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Takes the slugs away again. */
export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) if (note.slug !== undefined) await ctx.db.patch(note._id, { slug: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** A broken forward: it never returns once it meets a note tagged "hang" (an await on nothing). */
export const hangingForward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const note of page) {
      if (note.tags?.includes("hang")) await new Promise(() => {});
      if (note.slug === undefined) await ctx.db.patch(note._id, { slug: slugOf(note.text) });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

/** A broken forward: it writes the slug by replacing the note, and loses its tags on the way. */
export const lossyForward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("notes").paginate({ cursor, numItems: batchSize });
    for (const { _id, _creationTime, tags: _tags, ...note } of page) {
      if (note.slug === undefined) await ctx.db.replace(_id, { ...note, slug: slugOf(note.text) });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
