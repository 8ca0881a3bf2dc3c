import type { Doc, Id } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { providers, type Provider } from "../../schema";
import { legacyFields } from "../legacyKeys";
import { entriesFor, issuesFor, type FilledProviders, type RemovedFields } from "./ledger";

/**
 * Undoes what forward recorded for one settings document, and nothing else:
 * a document without ledger entries is left as it is, which also makes a
 * second rollback a no-op.
 */
export async function rollbackDoc(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  const entries = await entriesFor(ctx, doc._id);
  for (const entry of entries) {
    if (entry.action === "removedLegacyFields") {
      const before = entry.before as RemovedFields;
      const restore: RemovedFields = {};
      for (const field of legacyFields) if (typeof before[field] === "string") restore[field] = before[field];
      await ctx.db.patch(doc._id, restore);
    } else if (entry.action === "filledProviders") {
      await unfill(ctx, entry.before as FilledProviders);
    }
    await ctx.db.delete(entry._id);
  }
  for (const issue of await issuesFor(ctx, doc._id)) await ctx.db.delete(issue._id);
}

/**
 * Unsets the providers forward wrote, unless the app has since written a new
 * value there (that write is newer than the rollback's reason to exist). The
 * row goes only when the migration created it and no provider is left: a
 * duplicate settings document may still have its own keys in it.
 */
async function unfill(ctx: MutationCtx, filled: FilledProviders): Promise<void> {
  const row = await ctx.db.get(filled.apiKeysId);
  if (!row) return;
  const unset: Partial<Record<Provider, undefined>> = {};
  for (const [provider, ciphertext] of Object.entries(filled.written) as [Provider, string][]) {
    if (row[provider] === ciphertext) unset[provider] = undefined;
  }
  await ctx.db.patch(row._id, unset);
  if (providers.some((p) => row[p] !== undefined && !(p in unset))) return;
  const created = await createdEntry(ctx, row._id);
  if (!created) return;
  await ctx.db.delete(row._id);
  await ctx.db.delete(created._id);
}

async function createdEntry(ctx: MutationCtx, apiKeysId: Id<"apiKeys">) {
  const entries = await entriesFor(ctx, apiKeysId);
  return entries.find((entry) => entry.action === "createdApiKeysRow") ?? null;
}
