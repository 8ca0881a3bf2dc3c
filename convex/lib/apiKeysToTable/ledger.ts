import type { Doc, Id } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import type { Provider } from "../../schema";
import type { LegacyField } from "../legacyKeys";

/**
 * What apiKeysToTable changed, so that its rollback undoes exactly that.
 * Entries a settings document's rollback needs are keyed by that document's
 * id (one indexed lookup per document, never a scan); the entry that marks a
 * row as created by the migration is keyed by the row, because a duplicate
 * settings document may fill the same row later and must not mistake it for
 * a pre-existing one when rolled back.
 *
 * - `removedLegacyFields` (table userSettings, docId settings id):
 *   before = the exact original strings of the legacy fields removed.
 * - `filledProviders` (table userSettings, docId settings id):
 *   before = { apiKeysId, written: provider -> the ciphertext written }.
 * - `createdApiKeysRow` (table apiKeys, docId apiKeys row id): no before.
 */
export const MIGRATION = "apiKeysToTable";

export type RemovedFields = Partial<Record<LegacyField, string>>;
export interface FilledProviders {
  apiKeysId: Id<"apiKeys">;
  written: Partial<Record<Provider, string>>;
}

export function entriesFor(ctx: MutationCtx, docId: string): Promise<Doc<"migrationLedger">[]> {
  return ctx.db
    .query("migrationLedger")
    .withIndex("by_migration_doc", (q) => q.eq("migration", MIGRATION).eq("docId", docId))
    .collect();
}

/**
 * Merges into the document's existing entry rather than adding a second
 * one, so that re-running forward (a resumed batch, a doc made migratable by
 * a later app write) never duplicates the ledger. The first recorded original
 * wins: it is what the database held before the migration ever ran.
 */
export async function recordRemoved(ctx: MutationCtx, settingsId: Id<"userSettings">, removed: RemovedFields): Promise<void> {
  const existing = (await entriesFor(ctx, settingsId)).find((e) => e.action === "removedLegacyFields");
  if (existing) {
    await ctx.db.patch(existing._id, { before: { ...removed, ...(existing.before as RemovedFields) } });
    return;
  }
  await ctx.db.insert("migrationLedger", {
    migration: MIGRATION, table: "userSettings", docId: settingsId, action: "removedLegacyFields", before: removed,
  });
}

export async function recordFilled(ctx: MutationCtx, settingsId: Id<"userSettings">, filled: FilledProviders): Promise<void> {
  const existing = (await entriesFor(ctx, settingsId)).find(
    (e) => e.action === "filledProviders" && (e.before as FilledProviders).apiKeysId === filled.apiKeysId,
  );
  if (existing) {
    const before = existing.before as FilledProviders;
    await ctx.db.patch(existing._id, { before: { apiKeysId: filled.apiKeysId, written: { ...before.written, ...filled.written } } });
    return;
  }
  await ctx.db.insert("migrationLedger", {
    migration: MIGRATION, table: "userSettings", docId: settingsId, action: "filledProviders", before: filled,
  });
}

export async function recordCreatedRow(ctx: MutationCtx, apiKeysId: Id<"apiKeys">): Promise<void> {
  await ctx.db.insert("migrationLedger", {
    migration: MIGRATION, table: "apiKeys", docId: apiKeysId, action: "createdApiKeysRow",
  });
}

/** Records a document the migration left in place, once per reason. */
export async function recordIssue(ctx: MutationCtx, docId: string, reason: string): Promise<void> {
  const issues = await issuesFor(ctx, docId);
  if (issues.some((issue) => issue.reason === reason)) return;
  await ctx.db.insert("migrationIssues", { migration: MIGRATION, table: "userSettings", docId, reason });
}

export function issuesFor(ctx: MutationCtx, docId: string): Promise<Doc<"migrationIssues">[]> {
  return ctx.db
    .query("migrationIssues")
    .withIndex("by_migration_doc", (q) => q.eq("migration", MIGRATION).eq("docId", docId))
    .collect();
}
