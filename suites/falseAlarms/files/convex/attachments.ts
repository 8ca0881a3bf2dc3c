import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/** A message's legacy attachment becomes a row of attachments, with the stored file's content type. */
export const toTable = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("messages").paginate({ cursor, numItems: batchSize });
    for (const message of page) {
      if (message.attachment === undefined) continue;
      const file = await ctx.db.system.get(message.attachment);
      if (file === null) throw new Error(`message ${message._id} names no stored file`);
      await ctx.db.insert("attachments", { messageId: message._id, storageId: message.attachment, contentType: file.contentType, fromLegacy: true });
      await ctx.db.patch(message._id, { attachment: undefined });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Moves the rows forward created back into their message. */
export const fromTable = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("messages").paginate({ cursor, numItems: batchSize });
    for (const message of page) {
      // Only the rows forward created, through the index: a message's other attachments are never read.
      const rows = await ctx.db.query("attachments").withIndex("by_message_legacy", (q) => q.eq("messageId", message._id).eq("fromLegacy", true)).collect();
      for (const row of rows) {
        await ctx.db.patch(message._id, { attachment: row.storageId });
        await ctx.db.delete(row._id);
      }
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
