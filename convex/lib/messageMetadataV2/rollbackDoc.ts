import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { clearIssues, ledgerEntries } from "../records";
import { isMetadataObject, MIGRATION, stampOf, type Before, type Metadata } from "./metadata";

/**
 * Puts back the metadata forward found. Only the two fields forward wrote are
 * undone, and only while they still hold what it wrote: a field the app has
 * changed since is the app's newer write and stays. Without app writes this
 * restores the exact previous metadata: absent stays absent, and a version or
 * processedAt the message had before comes back.
 */
export async function rollbackDoc(ctx: MutationCtx, doc: Doc<"messages">): Promise<void> {
  for (const entry of await ledgerEntries(ctx, MIGRATION, doc._id)) {
    if (entry.action === "stampedV2") await restore(ctx, doc, entry.before as Before);
    await ctx.db.delete(entry._id);
  }
  await clearIssues(ctx, MIGRATION, doc._id);
}

async function restore(ctx: MutationCtx, doc: Doc<"messages">, before: Before): Promise<void> {
  const current: unknown = doc.metadata;
  // The app replaced the metadata with something forward never wrote: keep it.
  if (!isMetadataObject(current)) return;
  const previous: Metadata = before.had ? before.metadata : {};
  const restored: Metadata = { ...current };
  for (const [field, written] of Object.entries(stampOf(doc))) {
    if (current[field] !== written) continue;
    if (field in previous) restored[field] = previous[field];
    else delete restored[field];
  }
  const absentAgain = !before.had && Object.keys(restored).length === 0;
  await ctx.db.patch(doc._id, { metadata: absentAgain ? undefined : restored });
}
