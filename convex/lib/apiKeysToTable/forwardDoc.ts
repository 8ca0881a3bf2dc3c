import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { encrypt, tryDecrypt } from "../../encryption";
import { providers, type Provider } from "../../schema";
import {
  illFormedFields, isProvider, legacyFields, legacyKeysOf, parseBlob, type LegacyField, type ParsedBlob,
} from "../legacyKeys";
import { recordCreatedRow, recordFilled, recordIssue, recordRemoved, type RemovedFields } from "./ledger";

type Keys = Partial<Record<Provider, string>>;

/**
 * Moves one settings document's legacy keys into its user's apiKeys row.
 * The row wins where it already has a provider (it is newer); legacy values
 * only fill providers it lacks. A legacy field is removed only when every key
 * it holds now lives in the row (written, or already there with the same
 * plaintext): anything else stays in place, so no key is ever lost, and a
 * second run finds nothing left to do.
 */
export async function forwardDoc(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  const present = legacyFields.filter((field) => doc[field] !== undefined);
  if (present.length === 0) return;
  const blob = await parseBlob(doc.encryptedApiKeys);
  const unsettled = new Set<LegacyField>();
  for (const { field, reason } of uninterpretable(doc, blob)) {
    await recordIssue(ctx, doc._id, reason);
    unsettled.add(field);
  }

  const row = await ctx.db
    .query("apiKeys")
    .withIndex("by_user", (q) => q.eq("userId", doc.userId))
    .first();
  const inRow: Keys = {};
  for (const provider of providers) {
    const stored = row?.[provider];
    if (stored !== undefined) inRow[provider] = await tryDecrypt(stored);
  }
  const fill: Keys = {};
  for (const { provider, value, field } of legacyKeysOf(doc, blob)) {
    const settled = provider in inRow ? inRow[provider] === value : (fill[provider] ??= value) === value;
    if (!settled) unsettled.add(field);
  }

  if (Object.keys(fill).length > 0) {
    const written: Keys = {};
    for (const [provider, value] of Object.entries(fill) as [Provider, string][]) written[provider] = await encrypt(value);
    let apiKeysId = row?._id;
    if (apiKeysId) await ctx.db.patch(apiKeysId, written);
    else {
      apiKeysId = await ctx.db.insert("apiKeys", { userId: doc.userId, ...written });
      await recordCreatedRow(ctx, apiKeysId);
    }
    await recordFilled(ctx, doc._id, { apiKeysId, written });
  }

  const removed: RemovedFields = {};
  for (const field of present) if (!unsettled.has(field)) removed[field] = doc[field];
  if (Object.keys(removed).length === 0) return;
  await ctx.db.patch(doc._id, Object.fromEntries(Object.keys(removed).map((field) => [field, undefined])));
  await recordRemoved(ctx, doc._id, removed);
}

/** Legacy fields the migration cannot interpret, with the reason recorded in migrationIssues. */
function uninterpretable(doc: Doc<"userSettings">, blob: ParsedBlob): Array<{ field: LegacyField; reason: string }> {
  const found: Array<{ field: LegacyField; reason: string }> = [];
  if (blob.kind === "unparseable") found.push({ field: "encryptedApiKeys", reason: blob.reason });
  if (blob.kind === "keys") {
    const unknown = Object.keys(blob.keys).filter((name) => !isProvider(name) && blob.keys[name] !== "");
    if (unknown.length > 0) {
      found.push({ field: "encryptedApiKeys", reason: `encryptedApiKeys holds keys for providers apiKeys has no field for: ${unknown.join(", ")}` });
    }
  }
  for (const field of illFormedFields(doc, blob)) {
    found.push({ field, reason: `${field} holds a key that is not well-formed Unicode (a lone surrogate would not survive encryption)` });
  }
  return found;
}
