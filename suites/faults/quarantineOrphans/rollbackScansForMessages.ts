/**
 * Fault (withinLimits): the rollback finds the messages of a restored thread
 * with `.filter()` on the messages table instead of the by_thread index. It
 * restores and rewrites correctly, but every thread it restores scans every
 * message, so a batch's reads grow with the table: in production such a
 * batch fails once the messages table passes the read limits. Its pages are
 * ledger entries created during the run, so withinLimits has to tell one
 * entry from another to pair the batch with its twin on the larger table.
 */
import type { Doc, Id } from "../../../convex/_generated/dataModel";
import { internalMutation, type MutationCtx } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import type { OrphanTable } from "../../../convex/lib/quarantineOrphans/cursor";
import { quarantineRowOf, restoreBatch } from "../../../convex/lib/quarantineOrphans/ledger";
import { rewriteReferences } from "../../../convex/lib/quarantineOrphans/references";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    restoreBatch(ctx, args, async (ctx, entry) => {
      const row = await quarantineRowOf(ctx, entry);
      if (row !== null) {
        const { _id, _creationTime, ...content } = row.document as Doc<OrphanTable>;
        const newId = await ctx.db.insert(row.table as OrphanTable, content as any);
        if (row.table === "threads") await scanMessages(ctx, entry.docId as Id<"threads">, newId as Id<"threads">);
        // The messages are already on the new id: the indexed lookup here finds none.
        await rewriteReferences(ctx, row.table as OrphanTable, entry.docId, newId);
        await ctx.db.delete(row._id);
      }
      await ctx.db.delete(entry._id);
    }),
});

async function scanMessages(ctx: MutationCtx, from: Id<"threads">, to: Id<"threads">): Promise<void> {
  const messages = await ctx.db.query("messages").filter((q) => q.eq(q.field("threadId"), from)).collect();
  for (const message of messages) await ctx.db.patch(message._id, { threadId: to });
}
