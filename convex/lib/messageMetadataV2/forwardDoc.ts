import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { putLedgerEntry, recordIssue } from "../records";
import { isMetadataObject, isV2, MIGRATION, notAnObjectReason, stampOf, type Before } from "./metadata";

/**
 * Stamps one message's metadata with version "2.0" and processedAt, keeping
 * every other field. The exact previous metadata (or its absence) goes to the
 * ledger first, so rollback can put it back. Metadata that is not an object
 * is recorded in migrationIssues and left in place: a migration must never
 * throw on legacy data, and must never guess what a string meant.
 */
export async function forwardDoc(ctx: MutationCtx, doc: Doc<"messages">): Promise<void> {
  const metadata: unknown = doc.metadata;
  if (isV2(metadata)) return;
  if (metadata !== undefined && !isMetadataObject(metadata)) {
    await recordIssue(ctx, { migration: MIGRATION, table: "messages", docId: doc._id, reason: notAnObjectReason(metadata) });
    return;
  }
  const before: Before = metadata === undefined ? { had: false } : { had: true, metadata };
  await putLedgerEntry(ctx, { migration: MIGRATION, table: "messages", docId: doc._id, action: "stampedV2", before });
  await ctx.db.patch(doc._id, { metadata: { ...metadata, ...stampOf(doc) } });
}
