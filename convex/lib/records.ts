import type { Doc } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";

/**
 * The migrationLedger and migrationIssues records the migrations written
 * after apiKeysToTable share: one indexed lookup per document, never a scan,
 * so that a batch reads O(batchSize) documents however large the tables are.
 */

export function ledgerEntries(ctx: MutationCtx, migration: string, docId: string): Promise<Doc<"migrationLedger">[]> {
  return ctx.db
    .query("migrationLedger")
    .withIndex("by_migration_doc", (q) => q.eq("migration", migration).eq("docId", docId))
    .collect();
}

/**
 * Writes the document's one entry for `action`, replacing an earlier one: a
 * re-run (a resumed batch, a document the app changed back) records what the
 * database held right before the latest change, which is what a rollback must
 * put back; the ledger never holds two entries for one change.
 */
export async function putLedgerEntry(
  ctx: MutationCtx,
  entry: { migration: string; table: string; docId: string; action: string; before?: unknown },
): Promise<void> {
  const existing = (await ledgerEntries(ctx, entry.migration, entry.docId)).find((e) => e.action === entry.action);
  if (existing) await ctx.db.patch(existing._id, { before: entry.before });
  else await ctx.db.insert("migrationLedger", entry);
}

/** Records a document the migration left in place, once per reason. */
export async function recordIssue(
  ctx: MutationCtx,
  issue: { migration: string; table: string; docId: string; reason: string },
): Promise<void> {
  const issues = await issuesFor(ctx, issue.migration, issue.docId);
  if (issues.some((recorded) => recorded.reason === issue.reason)) return;
  await ctx.db.insert("migrationIssues", issue);
}

/** Forgets what forward recorded about a document it left in place (rollback). */
export async function clearIssues(ctx: MutationCtx, migration: string, docId: string): Promise<void> {
  for (const issue of await issuesFor(ctx, migration, docId)) await ctx.db.delete(issue._id);
}

function issuesFor(ctx: MutationCtx, migration: string, docId: string): Promise<Doc<"migrationIssues">[]> {
  return ctx.db
    .query("migrationIssues")
    .withIndex("by_migration_doc", (q) => q.eq("migration", migration).eq("docId", docId))
    .collect();
}
