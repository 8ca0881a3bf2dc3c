import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import type { OrphanTable } from "./cursor";
import { quarantineRowOf } from "./ledger";
import { rewriteReferences } from "./references";

/**
 * Restores one quarantined document: it is inserted again (Convex mints a new
 * id), every live reference to its old id is rewritten to the new one, and
 * its quarantine row and ledger entry go.
 *
 * Rollback walks the ledger newest first, the reverse of the order forward
 * quarantined in (threads, messages, attachments; each in creation order). A
 * document only ever references documents created before it, which forward
 * quarantined earlier, so they are restored later: by then the referencing
 * document is live again, and its reference is rewritten when its target
 * comes back. A quarantined message of a quarantined thread thus ends up
 * pointing at the restored thread's new id. (A reference patched to point at
 * a younger document, which this app never writes, would stay on the old id.)
 */
export const restoreEntry = restoreEntryWith(rewriteReferences);

/** How references to a restored document's old id are brought to its new one. */
export type Relink = (ctx: MutationCtx, table: OrphanTable, oldId: string, newId: string) => Promise<void>;

/** restoreEntry with another way of relinking references (faults of the rollback use this). */
export function restoreEntryWith(relink: Relink) {
  return async (ctx: MutationCtx, entry: Doc<"migrationLedger">): Promise<void> => {
    const row = await quarantineRowOf(ctx, entry);
    if (row !== null) {
      const { _id, _creationTime, ...content } = row.document as Doc<OrphanTable>;
      const newId = await ctx.db.insert(row.table as OrphanTable, content as any);
      await relink(ctx, row.table as OrphanTable, entry.docId, newId);
      await ctx.db.delete(row._id);
    }
    await ctx.db.delete(entry._id);
  };
}
