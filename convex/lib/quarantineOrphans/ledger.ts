import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { requireBatchSize, type BatchArgs } from "../batch";

/**
 * What quarantineOrphans changed. One ledger entry per quarantined document:
 * table = the document's table, docId = its original id, action
 * "quarantined". The quarantine row holds the document itself; the entry is
 * what tells this migration's quarantine rows from anyone else's, and the
 * order rollback restores them in (newest first, see restoreEntry.ts).
 */
export const MIGRATION = "quarantineOrphans";
export const QUARANTINED = "quarantined";

export async function recordQuarantined(ctx: MutationCtx, table: string, originalId: string): Promise<void> {
  const existing = await ctx.db
    .query("migrationLedger")
    .withIndex("by_migration_doc", (q) => q.eq("migration", MIGRATION).eq("docId", originalId))
    .first();
  if (existing) return;
  await ctx.db.insert("migrationLedger", { migration: MIGRATION, table, docId: originalId, action: QUARANTINED });
}

/** The quarantine row holding `originalId`, if this migration's entry still has one. */
export function quarantineRowOf(ctx: MutationCtx, entry: Doc<"migrationLedger">): Promise<Doc<"quarantine"> | null> {
  return ctx.db
    .query("quarantine")
    .withIndex("by_original", (q) => q.eq("originalId", entry.docId))
    .filter((q) => q.eq(q.field("table"), entry.table))
    .first();
}

/**
 * One rollback batch: a page of this migration's ledger entries, newest first
 * unless told otherwise, each handed to `restore` (which deletes it).
 */
export async function restoreBatch(
  ctx: MutationCtx,
  { cursor, batchSize }: BatchArgs,
  restore: (ctx: MutationCtx, entry: Doc<"migrationLedger">) => Promise<void>,
  order: "asc" | "desc" = "desc",
) {
  requireBatchSize(batchSize);
  const { page, continueCursor, isDone } = await ctx.db
    .query("migrationLedger")
    .withIndex("by_migration", (q) => q.eq("migration", MIGRATION))
    .order(order)
    .paginate({ cursor, numItems: batchSize });
  for (const entry of page) await restore(ctx, entry);
  return { continueCursor, isDone, processed: page.length };
}
