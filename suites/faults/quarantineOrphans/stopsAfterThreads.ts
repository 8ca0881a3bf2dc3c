/**
 * Fault (conserves): a forward whose cursor never moves past the first
 * table. It reports done when threads are done, so orphan messages and
 * attachments (and the children of the threads it quarantined) stay where
 * they are. Nothing is lost and rollback restores everything it moved: only
 * the spec's account of what forward must have done (no orphan left behind)
 * catches it.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult, requireBatchSize } from "../../../convex/lib/batch";
import { decodeCursor, encodeCursor, TABLE_ORDER } from "../../../convex/lib/quarantineOrphans/cursor";
import { quarantineDoc } from "../../../convex/lib/quarantineOrphans/quarantineDoc";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    requireBatchSize(batchSize);
    const at = decodeCursor(cursor);
    const table = TABLE_ORDER[at.table];
    const { page, continueCursor, isDone } = await ctx.db.query(table).paginate({ cursor: at.inner, numItems: batchSize });
    for (const doc of page) await quarantineDoc(ctx, table, doc);
    // The bug: the first table's end is taken for the migration's end.
    return { continueCursor: encodeCursor({ table: at.table, inner: continueCursor }), isDone, processed: page.length };
  },
});
