import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { ledgerEntries, putLedgerEntry } from "../records";

/**
 * dropSaveRegenerationHistory, deprecation phase 4: the field leaves
 * userSettings. Its value goes to the ledger first (`removedField`, before =
 * { value }), so that rollback can put back exactly what was there: true and
 * false alike, since false is a user's choice too.
 */
export const MIGRATION = "dropSaveRegenerationHistory";
const ACTION = "removedField";

interface Removed {
  value: boolean;
}

/** What progress counts as migrated: the field is gone. */
export function isMigrated(doc: Doc<"userSettings">): boolean {
  return doc.saveRegenerationHistory === undefined;
}

export async function dropOne(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  if (doc.saveRegenerationHistory === undefined) return;
  const before: Removed = { value: doc.saveRegenerationHistory };
  await putLedgerEntry(ctx, { migration: MIGRATION, table: "userSettings", docId: doc._id, action: ACTION, before });
  await ctx.db.patch(doc._id, { saveRegenerationHistory: undefined });
}

/**
 * Puts the removed value back, unless the app has written the field again
 * since (an old client still sending it): that write is newer. Either way the
 * entry goes, so a second rollback finds nothing to do.
 */
export async function restoreOne(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  for (const entry of await ledgerEntries(ctx, MIGRATION, doc._id)) {
    if (entry.action !== ACTION) continue;
    const { value } = entry.before as Removed;
    if (doc.saveRegenerationHistory === undefined) await ctx.db.patch(doc._id, { saveRegenerationHistory: value });
    await ctx.db.delete(entry._id);
  }
}
