/**
 * Fault (roundTrip): the rollback restores in the order forward quarantined
 * (oldest first). A thread comes back before its quarantined messages, so
 * when its references are rewritten the messages are not live yet; they come
 * back afterwards still pointing at the thread's old id.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { restoreBatch } from "../../../convex/lib/quarantineOrphans/ledger";
import { restoreEntry } from "../../../convex/lib/quarantineOrphans/restoreEntry";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => restoreBatch(ctx, args, restoreEntry, "asc"),
});
