import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { clearIssues, ledgerEntries, putLedgerEntry, recordIssue } from "../records";
import { imageGenerationProblems, isPlainObject } from "./validate";

/**
 * backfillImageGenerationDefaults: settings without imageGeneration get the
 * defaults. A value already there is the user's, valid or not: a valid one is
 * kept, an invalid one is kept too and recorded in migrationIssues (the
 * backfill cannot know what the user meant, and must not crash on it). The
 * ledger (`wroteDefaults`, before = { written }) says which values the
 * backfill wrote, so that rollback removes those and nothing else: a user's
 * own value equal to the defaults stays.
 */
export const MIGRATION = "backfillImageGenerationDefaults";
const ACTION = "wroteDefaults";

export const IMAGE_GENERATION_DEFAULTS = { model: "dall-e-3", size: "1024x1024", quality: "standard" } as const;

interface Written {
  written: Record<string, string>;
}

/** What progress counts as migrated: the field is there (the backfill has nothing left to write). */
export function isMigrated(doc: Doc<"userSettings">): boolean {
  return doc.imageGeneration !== undefined;
}

export async function backfillOne(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  if (doc.imageGeneration !== undefined) {
    const problems = imageGenerationProblems(doc.imageGeneration);
    if (problems !== null) await recordIssue(ctx, { migration: MIGRATION, table: "userSettings", docId: doc._id, reason: problems });
    return;
  }
  const written = { ...IMAGE_GENERATION_DEFAULTS };
  await putLedgerEntry(ctx, { migration: MIGRATION, table: "userSettings", docId: doc._id, action: ACTION, before: { written } });
  await ctx.db.patch(doc._id, { imageGeneration: written });
}

/**
 * Removes the defaults the backfill wrote, unless the user has changed them
 * since (that is their choice now, not the backfill's), and forgets the
 * issues it recorded.
 */
export async function unbackfillOne(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  for (const entry of await ledgerEntries(ctx, MIGRATION, doc._id)) {
    if (entry.action !== ACTION) continue;
    if (sameStrings(doc.imageGeneration, (entry.before as Written).written)) {
      await ctx.db.patch(doc._id, { imageGeneration: undefined });
    }
    await ctx.db.delete(entry._id);
  }
  await clearIssues(ctx, MIGRATION, doc._id);
}

function sameStrings(value: unknown, written: Record<string, string>): boolean {
  if (!isPlainObject(value)) return false;
  const fields = Object.keys(written);
  return Object.keys(value).length === fields.length && fields.every((field) => value[field] === written[field]);
}
