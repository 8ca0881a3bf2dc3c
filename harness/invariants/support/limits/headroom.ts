import type { BatchUsage } from "./measuredRun.js";
import { formatUsage, maxUsage, zeroUsage, type TransactionLimits } from "../../../model/limits.js";

/**
 * One line a user reads to see how close the migration runs to Convex's
 * limits: the heaviest batch of each direction, as shares of the limits,
 * and the slowest batch's wall time.
 */
export function headroomLine(
  migration: string,
  batches: BatchUsage[],
  context: { batchSize: number; documents: number; table: string },
  max: TransactionLimits,
): string {
  const parts: string[] = [];
  for (const direction of ["forward", "rollback"] as const) {
    const own = batches.filter((b) => b.direction === direction);
    if (own.length === 0) continue;
    parts.push(`heaviest ${direction} batch of ${own.length}: ${formatUsage(own.map((b) => b.usage).reduce(maxUsage, zeroUsage()), max)}`);
  }
  const slowest = Math.max(0, ...batches.map((b) => b.ms));
  return (
    `${migration} › withinLimits headroom at batchSize ${context.batchSize} over ${context.documents} ${context.table ? `${context.table} ` : ""}documents: ` +
    `${parts.join(" | ")} | slowest batch ${slowest.toFixed(0)} ms in convex-test ` +
    "(production stops a mutation's user code at 1 s; the memory backend does not model it)"
  );
}
