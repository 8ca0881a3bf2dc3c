import type { Doc, Id } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { providers, type Provider } from "../../schema";
import { legacyFields } from "../legacyKeys";
import { entriesFor, issuesFor, type FilledProviders, type RemovedFields } from "./ledger";

/** The providers forward filled (with these ciphertexts) that a rollback may unset from `row`. */
export type ProvidersToUnset = (row: Doc<"apiKeys">, written: FilledProviders["written"]) => Provider[];

/**
 * Only values still as forward wrote them: if the app has since written a new
 * value there, that write is newer than the rollback's reason to exist.
 */
export const unchangedSinceForward: ProvidersToUnset = (row, written) =>
  (Object.entries(written) as [Provider, string][]).filter(([provider, ciphertext]) => row[provider] === ciphertext).map(([provider]) => provider);

/**
 * Undoes what forward recorded for one settings document, and nothing else:
 * a document without ledger entries is left as it is, which also makes a
 * second rollback a no-op. `toUnset` is the one decision a fault may change.
 */
export function rollbackDocWith(toUnset: ProvidersToUnset) {
  return async (ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> => {
    for (const entry of await entriesFor(ctx, doc._id)) {
      if (entry.action === "removedLegacyFields") {
        const before = entry.before as RemovedFields;
        const restore: RemovedFields = {};
        for (const field of legacyFields) if (typeof before[field] === "string") restore[field] = before[field];
        await ctx.db.patch(doc._id, restore);
      } else if (entry.action === "filledProviders") {
        await unfill(ctx, entry.before as FilledProviders, toUnset);
      }
      await ctx.db.delete(entry._id);
    }
    for (const issue of await issuesFor(ctx, doc._id)) await ctx.db.delete(issue._id);
  };
}

export const rollbackDoc = rollbackDocWith(unchangedSinceForward);

/**
 * Unsets the providers `toUnset` picks. The row goes only when the migration
 * created it and no provider is left: a duplicate settings document may still
 * have its own keys in it.
 */
async function unfill(ctx: MutationCtx, filled: FilledProviders, toUnset: ProvidersToUnset): Promise<void> {
  const row = await ctx.db.get(filled.apiKeysId);
  if (!row) return;
  const unset: Partial<Record<Provider, undefined>> = {};
  for (const provider of toUnset(row, filled.written)) unset[provider] = undefined;
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
