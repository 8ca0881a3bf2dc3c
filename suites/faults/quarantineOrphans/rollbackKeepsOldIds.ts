/**
 * Fault (referentialIntegrity): the rollback puts each quarantined document
 * back but never points references at its new id. Convex mints a new id on
 * every insert, so the messages of a restored thread keep the id of a thread
 * that no longer exists: the rollback manufactures orphans.
 */
import type { Doc } from "../../../convex/_generated/dataModel";
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import type { OrphanTable } from "../../../convex/lib/quarantineOrphans/cursor";
import { quarantineRowOf, restoreBatch } from "../../../convex/lib/quarantineOrphans/ledger";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    restoreBatch(ctx, args, async (ctx, entry) => {
      const row = await quarantineRowOf(ctx, entry);
      if (row !== null) {
        const { _id, _creationTime, ...content } = row.document as Doc<OrphanTable>;
        await ctx.db.insert(row.table as OrphanTable, content as any);
        await ctx.db.delete(row._id);
      }
      await ctx.db.delete(entry._id);
    }),
});
