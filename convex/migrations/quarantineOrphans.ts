import { internalMutation } from "../_generated/server";
import { batchArgs, batchResult } from "../lib/batch";
import { encodeCursor, TABLE_ORDER } from "../lib/quarantineOrphans/cursor";
import { restoreBatch } from "../lib/quarantineOrphans/ledger";
import { quarantinePage } from "../lib/quarantineOrphans/quarantinePage";
import { restoreEntry } from "../lib/quarantineOrphans/restoreEntry";

/**
 * quarantineOrphans: threads without a user, messages without a thread and
 * attachments without a thread or with a dangling messageId move to the
 * quarantine table with their original document. Forward pages threads, then
 * messages, then attachments (cursor protocol in lib/quarantineOrphans/cursor.ts).
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { at, processed, continueCursor, isDone } = await quarantinePage(ctx, cursor, batchSize);
    const last = at.table === TABLE_ORDER.length - 1;
    if (isDone && !last) return { continueCursor: encodeCursor({ table: at.table + 1, inner: null }), isDone: false, processed };
    return { continueCursor: encodeCursor({ table: at.table, inner: continueCursor }), isDone, processed };
  },
});

/**
 * Restores what forward quarantined, newest ledger entry first (why: see
 * restoreEntry), and rewrites references to the restored documents' new ids.
 * Pages over this migration's ledger entries, which it deletes as it goes.
 */
export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => restoreBatch(ctx, args, restoreEntry),
});
