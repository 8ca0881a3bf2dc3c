import { batchArgs, batchResult } from "convex-migration-harness/convex";
import type { Id } from "./_generated/dataModel";
import { internalMutation, type MutationCtx } from "./_generated/server";

/** The system document an id names, or a throw: a made-up id is a bug in whoever seeded it. */
async function systemDocument(ctx: MutationCtx, id: Id<"_storage"> | Id<"_scheduled_functions">) {
  const doc = await ctx.db.system.get(id);
  if (doc === null) throw new Error(`no system document ${id}`);
  return doc;
}

/** Records each upload's file size, read from the file's _storage document (every other system id must exist too). */
export const recordSizes = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("uploads").paginate({ cursor, numItems: batchSize });
    for (const upload of page) {
      const file = await ctx.db.system.get(upload.fileId);
      if (file === null) throw new Error(`upload ${upload._id} names no file`);
      for (const thumbnail of upload.thumbnails) await systemDocument(ctx, thumbnail);
      if (upload.job !== undefined) await systemDocument(ctx, upload.job);
      await systemDocument(ctx, upload.source.kind === "scheduled" ? upload.source.jobId : upload.source.from);
      if (upload.size === undefined) await ctx.db.patch(upload._id, { size: file.size });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Takes the sizes away again. */
export const forgetSizes = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("uploads").paginate({ cursor, numItems: batchSize });
    for (const upload of page) if (upload.size !== undefined) await ctx.db.patch(upload._id, { size: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
