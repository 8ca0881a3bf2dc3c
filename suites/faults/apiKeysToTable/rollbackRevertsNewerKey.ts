/**
 * Fault (concurrentWrites): the rollback unsets every provider forward filled,
 * by name, without asking whether the value is still the one forward wrote.
 * With no traffic it always is, so every other invariant passes; a key the
 * user saved after forward moved their legacy key is wiped, and the app reads
 * the legacy key again: a newer apiKeys value overwritten by a legacy one.
 */
import type { Doc } from "../../../convex/_generated/dataModel";
import { internalMutation, type MutationCtx } from "../../../convex/_generated/server";
import { entriesFor, issuesFor, type FilledProviders, type RemovedFields } from "../../../convex/lib/apiKeysToTable/ledger";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { legacyFields } from "../../../convex/lib/legacyKeys";
import { providers, type Provider } from "../../../convex/schema";

async function rollbackDoc(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  for (const entry of await entriesFor(ctx, doc._id)) {
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

async function unfill(ctx: MutationCtx, filled: FilledProviders): Promise<void> {
  const row = await ctx.db.get(filled.apiKeysId);
  if (!row) return;
  // The bug: no `row[provider] === ciphertext` check.
  const unset = Object.fromEntries(Object.keys(filled.written).map((p) => [p, undefined])) as Partial<Record<Provider, undefined>>;
  await ctx.db.patch(row._id, unset);
  if (providers.some((p) => row[p] !== undefined && !(p in unset))) return;
  const created = (await entriesFor(ctx, row._id)).find((e) => e.action === "createdApiKeysRow");
  if (!created) return;
  await ctx.db.delete(row._id);
  await ctx.db.delete(created._id);
}

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "userSettings", args, rollbackDoc),
});
