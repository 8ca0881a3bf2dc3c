import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import type { OrphanTable } from "./cursor";
import { recordQuarantined } from "./ledger";
import { orphanReason } from "./orphans";

/**
 * Moves one document to quarantine when it is an orphan: the quarantine row
 * keeps the original document whole (its _id and _creationTime included),
 * then the document leaves its table. Everything else stays where it is.
 */
export async function quarantineDoc(ctx: MutationCtx, table: OrphanTable, doc: Doc<OrphanTable>): Promise<boolean> {
  const reason = await orphanReason(ctx, table, doc);
  if (reason === null) return false;
  await ctx.db.insert("quarantine", { table, originalId: doc._id, document: doc, reason });
  await recordQuarantined(ctx, table, doc._id);
  await ctx.db.delete(doc._id);
  return true;
}
