/**
 * Fault (conserves): "orphan" read as "has any reference that does not
 * resolve", so a thread cloned or forked from a deleted thread is quarantined
 * although it has a user: a healthy thread, and its messages with it,
 * disappear from the user's list.
 */
import type { Doc } from "../../../convex/_generated/dataModel";
import { internalMutation, type MutationCtx } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { decodeCursor, encodeCursor, TABLE_ORDER, type OrphanTable } from "../../../convex/lib/quarantineOrphans/cursor";
import { recordQuarantined } from "../../../convex/lib/quarantineOrphans/ledger";
import { quarantineDoc } from "../../../convex/lib/quarantineOrphans/quarantineDoc";

async function quarantineWithClones(ctx: MutationCtx, table: OrphanTable, doc: Doc<OrphanTable>): Promise<void> {
  if (table === "threads") {
    const thread = doc as Doc<"threads">;
    for (const ref of [thread.clonedFrom, thread.forkedFrom]) {
      if (ref !== undefined && (await ctx.db.get(ref)) === null) {
        await ctx.db.insert("quarantine", { table, originalId: doc._id, document: doc, reason: "thread cloned from a missing thread" });
        await recordQuarantined(ctx, table, doc._id);
        await ctx.db.delete(doc._id);
        return;
      }
    }
  }
  await quarantineDoc(ctx, table, doc);
}

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const at = decodeCursor(cursor);
    const table = TABLE_ORDER[at.table];
    const { page, continueCursor, isDone } = await ctx.db.query(table).paginate({ cursor: at.inner, numItems: batchSize });
    for (const doc of page) await quarantineWithClones(ctx, table, doc);
    if (isDone && at.table < TABLE_ORDER.length - 1) return { continueCursor: encodeCursor({ table: at.table + 1, inner: null }), isDone: false, processed: page.length };
    return { continueCursor: encodeCursor({ table: at.table, inner: continueCursor }), isDone, processed: page.length };
  },
});
