/**
 * Fault (referentialIntegrity): the rollback puts each quarantined document
 * back but never points references at its new id. Convex mints a new id on
 * every insert, so the messages of a restored thread keep the id of a thread
 * that no longer exists: the rollback manufactures orphans.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { batchArgs, batchResult } from "../../../convex/lib/batch";
import { restoreBatch } from "../../../convex/lib/quarantineOrphans/ledger";
import { restoreEntryWith } from "../../../convex/lib/quarantineOrphans/restoreEntry";

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  // The bug: references are left on the old id.
  handler: (ctx, args) => restoreBatch(ctx, args, restoreEntryWith(async () => {})),
});
