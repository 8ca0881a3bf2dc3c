/**
 * Fault (conserves): a forward whose cursor never moves past the first
 * table. It reports done when threads are done, so orphan messages and
 * attachments (and the children of the threads it quarantined) stay where
 * they are. Nothing is lost and rollback restores everything it moved: only
 * the spec's account of what forward must have done (no orphan left behind)
 * catches it.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { encodeCursor } from "../../../convex/lib/quarantineOrphans/cursor";
import { quarantinePage } from "../../../convex/lib/quarantineOrphans/quarantinePage";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { at, processed, continueCursor, isDone } = await quarantinePage(ctx, cursor, batchSize);
    // The bug: the first table's end is taken for the migration's end.
    return { continueCursor: encodeCursor({ table: at.table, inner: continueCursor }), isDone, processed };
  },
});
