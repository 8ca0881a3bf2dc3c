import type { MutationCtx } from "../../_generated/server";
import { requireBatchSize } from "../batch";
import { decodeCursor, type QuarantineCursor, TABLE_ORDER } from "./cursor";
import { quarantineDoc } from "./quarantineDoc";

/**
 * One forward batch's work: the next page of the cursor's table, each of its
 * orphans moved to quarantine. Where the next batch starts is the caller's
 * decision (the next page, or the next table).
 */
export async function quarantinePage(
  ctx: MutationCtx,
  cursor: string | null,
  batchSize: number,
): Promise<{ at: QuarantineCursor; processed: number; continueCursor: string; isDone: boolean }> {
  requireBatchSize(batchSize);
  const at = decodeCursor(cursor);
  const table = TABLE_ORDER[at.table];
  const { page, continueCursor, isDone } = await ctx.db.query(table).paginate({ cursor: at.inner, numItems: batchSize });
  for (const doc of page) await quarantineDoc(ctx, table, doc);
  return { at, processed: page.length, continueCursor, isDone };
}
