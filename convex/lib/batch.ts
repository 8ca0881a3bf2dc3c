import type { Doc, TableNames } from "../_generated/dataModel";
import type { MutationCtx } from "../_generated/server";

/**
 * The batch protocol every migration here speaks: one call is one
 * transaction over one page of a table, in creation order.
 */
export { batchArgs, batchResult } from "convex-migration-harness/convex";

export interface BatchArgs {
  cursor: string | null;
  batchSize: number;
}

/** Runs `step` over one page of `table`, one document after the other. */
export async function runBatch<T extends TableNames>(
  ctx: MutationCtx,
  table: T,
  { cursor, batchSize }: BatchArgs,
  step: (ctx: MutationCtx, doc: Doc<T>) => Promise<void>,
) {
  requireBatchSize(batchSize);
  const { page, continueCursor, isDone } = await ctx.db.query(table).paginate({ cursor, numItems: batchSize });
  // Sequential on purpose: documents of one page may share rows (duplicate
  // settings of one user fill one apiKeys row) and must see each other's writes.
  for (const doc of page) await step(ctx, doc as Doc<T>);
  return { continueCursor, isDone, processed: page.length };
}

export function requireBatchSize(batchSize: number): void {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`batchSize must be a positive integer, got ${batchSize}`);
  }
}
