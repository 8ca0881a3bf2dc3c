/**
 * Fault (idempotent): the tables are paged attachments, messages, threads,
 * the reverse of the order the cascade needs. A thread quarantined for having
 * no user leaves its messages behind without a thread, and only a second run
 * moves them: the first run's result is not final.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { decodeCursor, encodeCursor } from "../../../convex/lib/quarantineOrphans/cursor";
import { quarantineDoc } from "../../../convex/lib/quarantineOrphans/quarantineDoc";

const REVERSED = ["attachments", "messages", "threads"] as const;

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const at = decodeCursor(cursor);
    const table = REVERSED[at.table];
    const { page, continueCursor, isDone } = await ctx.db.query(table).paginate({ cursor: at.inner, numItems: batchSize });
    for (const doc of page) await quarantineDoc(ctx, table, doc);
    if (isDone && at.table < REVERSED.length - 1) return { continueCursor: encodeCursor({ table: at.table + 1, inner: null }), isDone: false, processed: page.length };
    return { continueCursor: encodeCursor({ table: at.table, inner: continueCursor }), isDone, processed: page.length };
  },
});
