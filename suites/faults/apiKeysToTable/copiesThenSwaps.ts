/**
 * Fault (concurrentWrites): a two-phase migration. Each batch copies its page
 * (it stages, per user, the apiKeys row as it is now: the plan) and swaps the
 * page before it (it puts the staged row back, moves the legacy keys into it
 * and removes them from the settings). With no traffic the staged row is the
 * row, so the result is the correct one and every other invariant passes; a
 * key the user saves between a page's copy and its swap is lost.
 */
import type { Doc, Id } from "../../../convex/_generated/dataModel";
import { internalMutation, type MutationCtx } from "../../../convex/_generated/server";
import { forwardDoc } from "../../../convex/lib/apiKeysToTable/forwardDoc";
import { MIGRATION } from "../../../convex/lib/apiKeysToTable/ledger";
import { batchArgs, batchResult, type BatchArgs } from "../../../convex/lib/batch";

/** The cursor carries the page to copy next and the pages's documents still to swap. */
interface TwoPhaseCursor {
  page: string | null;
  toSwap: Id<"userSettings">[];
  copiedAll: boolean;
}

type StagedRow = Omit<Doc<"apiKeys">, "_id" | "_creationTime"> | null;

function stageEntry(ctx: MutationCtx, userId: Id<"users">) {
  return ctx.db
    .query("migrationLedger")
    .withIndex("by_migration_doc", (q) => q.eq("migration", MIGRATION).eq("docId", `stage:${userId}`))
    .first();
}

function rowOf(ctx: MutationCtx, userId: Id<"users">) {
  return ctx.db.query("apiKeys").withIndex("by_user", (q) => q.eq("userId", userId)).first();
}

async function copy(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  if (await stageEntry(ctx, doc.userId)) return;
  const row = await rowOf(ctx, doc.userId);
  const staged: StagedRow = row ? (({ _id, _creationTime, ...fields }) => fields)(row) : null;
  await ctx.db.insert("migrationLedger", { migration: MIGRATION, table: "apiKeys", docId: `stage:${doc.userId}`, action: "stagedRow", before: staged });
}

async function swap(ctx: MutationCtx, doc: Doc<"userSettings">): Promise<void> {
  const stage = await stageEntry(ctx, doc.userId);
  if (stage) {
    // The bug: the row goes back to what it was at copy time, whatever was written since.
    const staged = stage.before as StagedRow;
    const row = await rowOf(ctx, doc.userId);
    if (staged === null && row) await ctx.db.delete(row._id);
    else if (staged !== null && row) await ctx.db.replace(row._id, staged);
    else if (staged !== null) await ctx.db.insert("apiKeys", staged);
    await ctx.db.delete(stage._id);
  }
  await forwardDoc(ctx, doc);
}

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }: BatchArgs) => {
    const state: TwoPhaseCursor = cursor ? JSON.parse(cursor) : { page: null, toSwap: [], copiedAll: false };
    let swapped = 0;
    for (const id of state.toSwap) {
      const doc = await ctx.db.get(id);
      if (doc) await swap(ctx, doc);
      swapped += 1;
    }
    if (state.copiedAll) return { continueCursor: JSON.stringify({ ...state, toSwap: [] }), isDone: true, processed: swapped };
    const { page, continueCursor, isDone } = await ctx.db.query("userSettings").paginate({ cursor: state.page, numItems: batchSize });
    for (const doc of page) await copy(ctx, doc);
    const next: TwoPhaseCursor = { page: continueCursor, toSwap: page.map((d) => d._id), copiedAll: isDone };
    return { continueCursor: JSON.stringify(next), isDone: false, processed: swapped };
  },
});
