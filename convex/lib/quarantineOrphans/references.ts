import type { Id } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import type { OrphanTable } from "./cursor";

/**
 * Points every live reference to a re-created document at its new id. Each
 * lookup goes through an index on the referencing field (threads.by_clonedFrom,
 * threads.by_forkedFrom, messages.by_thread, attachments.by_thread,
 * attachments.by_message): the cost grows with the references to one
 * document, never with the size of a table.
 */
export async function rewriteReferences(ctx: MutationCtx, table: OrphanTable, oldId: string, newId: string): Promise<void> {
  if (table === "threads") {
    const from = oldId as Id<"threads">;
    const to = newId as Id<"threads">;
    for (const t of await ctx.db.query("threads").withIndex("by_clonedFrom", (q) => q.eq("clonedFrom", from)).collect()) {
      await ctx.db.patch(t._id, { clonedFrom: to });
    }
    for (const t of await ctx.db.query("threads").withIndex("by_forkedFrom", (q) => q.eq("forkedFrom", from)).collect()) {
      await ctx.db.patch(t._id, { forkedFrom: to });
    }
    for (const m of await ctx.db.query("messages").withIndex("by_thread", (q) => q.eq("threadId", from)).collect()) {
      await ctx.db.patch(m._id, { threadId: to });
    }
    for (const a of await ctx.db.query("attachments").withIndex("by_thread", (q) => q.eq("threadId", from)).collect()) {
      await ctx.db.patch(a._id, { threadId: to });
    }
  } else if (table === "messages") {
    const from = oldId as Id<"messages">;
    for (const a of await ctx.db.query("attachments").withIndex("by_message", (q) => q.eq("messageId", from)).collect()) {
      await ctx.db.patch(a._id, { messageId: newId as Id<"messages"> });
    }
  }
  // Nothing references an attachment.
}
