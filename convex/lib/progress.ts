import { v, type Infer } from "convex/values";
import type { Doc, TableNames } from "../_generated/dataModel";
import type { QueryCtx } from "../_generated/server";

/**
 * Progress of a migration as the guide reports it: how many documents of its
 * table there are, how many are migrated, how many remain, and the percent.
 */
export const progressResult = v.object({
  total: v.number(),
  migrated: v.number(),
  remaining: v.number(),
  percent: v.number(),
});
export type Progress = Infer<typeof progressResult>;

/**
 * The percent rule: floor(100 * migrated / total), so that 100 means "nothing
 * remains" and never "almost" (rounding would show 100 with documents left);
 * an empty table is 100: there is nothing to migrate, which is done, and
 * dividing by zero would report NaN.
 */
export function percentOf(migrated: number, total: number): number {
  return total === 0 ? 100 : Math.floor((100 * migrated) / total);
}

/**
 * Counts a table in one pass, streaming it (the query never holds the table
 * in memory), with a per-document predicate that reads only that document:
 * O(n) reads and no index lookups. A table beyond one query's read limits
 * (16,384 documents or 8 MiB) needs a paginated count instead.
 */
export async function countProgress<T extends TableNames>(
  ctx: QueryCtx,
  table: T,
  isMigrated: (doc: Doc<T>) => boolean | Promise<boolean>,
): Promise<Progress> {
  let total = 0;
  let migrated = 0;
  for await (const doc of ctx.db.query(table)) {
    total++;
    if (await isMigrated(doc as Doc<T>)) migrated++;
  }
  return { total, migrated, remaining: total - migrated, percent: percentOf(migrated, total) };
}
