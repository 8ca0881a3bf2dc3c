/**
 * Fault (withinLimits): the rollback finds the messages of a restored thread
 * with `.filter()` on the messages table instead of the by_thread index. It
 * restores and rewrites correctly, but every thread it restores scans every
 * message, so a batch's reads grow with the table: in production such a
 * batch fails once the messages table passes the read limits. Its pages are
 * ledger entries created during the run, so withinLimits has to tell one
 * entry from another to pair the batch with its twin on the larger table.
 */
import type { Id } from "../../../convex/_generated/dataModel";
import { internalMutation, type MutationCtx } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { restoreBatch } from "../../../convex/lib/quarantineOrphans/ledger";
import { rewriteReferences } from "../../../convex/lib/quarantineOrphans/references";
import { restoreEntryWith } from "../../../convex/lib/quarantineOrphans/restoreEntry";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    restoreBatch(
      ctx,
      args,
      restoreEntryWith(async (ctx, table, oldId, newId) => {
        if (table === "threads") await scanMessages(ctx, oldId as Id<"threads">, newId as Id<"threads">);
        // The messages are already on the new id: the indexed lookup here finds none.
        await rewriteReferences(ctx, table, oldId, newId);
      }),
    ),
});

async function scanMessages(ctx: MutationCtx, from: Id<"threads">, to: Id<"threads">): Promise<void> {
  const messages = await ctx.db.query("messages").filter((q) => q.eq(q.field("threadId"), from)).collect();
  for (const message of messages) await ctx.db.patch(message._id, { threadId: to });
}
