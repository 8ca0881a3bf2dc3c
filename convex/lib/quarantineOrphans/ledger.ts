import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";

/**
 * What quarantineOrphans changed. One ledger entry per quarantined document:
 * table = the document's table, docId = its original id, action
 * "quarantined". The quarantine row holds the document itself; the entry is
 * what tells this migration's quarantine rows from anyone else's, and the
 * order rollback restores them in (newest first, see restore.ts).
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
