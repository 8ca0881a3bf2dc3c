import type { Doc, Id, TableNames } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";

/**
 * Why a document is an orphan, or null when every reference it must have
 * resolves. A reference to a document that is itself in quarantine counts as
 * missing (the app cannot read it either), which is how the quarantine of a
 * thread cascades to its messages and attachments.
 */
export async function orphanReason(ctx: MutationCtx, table: "threads" | "messages" | "attachments", doc: Doc<typeof table>): Promise<string | null> {
  if (table === "threads") {
    const thread = doc as Doc<"threads">;
    return (await ctx.db.get(thread.userId)) === null ? "thread without a user: its userId names no user" : null;
  }
  if (table === "messages") {
    const message = doc as Doc<"messages">;
    return (await ctx.db.get(message.threadId)) === null ? `message without a thread: ${await missing(ctx, message.threadId)}` : null;
  }
  const attachment = doc as Doc<"attachments">;
  if ((await ctx.db.get(attachment.threadId)) === null) {
    return `attachment without a thread: ${await missing(ctx, attachment.threadId)}`;
  }
  if (attachment.messageId !== undefined && (await ctx.db.get(attachment.messageId)) === null) {
    return `attachment with a dangling messageId: ${await missing(ctx, attachment.messageId)}`;
  }
  return null;
}

/** Tells a reference to a deleted document from one to a document this migration quarantined. */
async function missing(ctx: MutationCtx, id: Id<TableNames>): Promise<string> {
  const quarantined = await ctx.db
    .query("quarantine")
    .withIndex("by_original", (q) => q.eq("originalId", id))
    .first();
  return quarantined ? "it was quarantined" : "it does not exist";
}
