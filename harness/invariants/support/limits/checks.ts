import type { BatchUsage } from "./measuredRun.js";
import { exceeded, type TransactionLimits } from "../../../model/limits.js";

/** A batch that used more than a limit allows. */
export interface OverLimit {
  batch: BatchUsage;
  keys: string[];
}

export function overLimits(batches: BatchUsage[], max: TransactionLimits): OverLimit[] {
  return batches.flatMap((batch) => {
    const keys = exceeded(batch.usage, max);
    return keys.length > 0 ? [{ batch, keys }] : [];
  });
}

/** The same batch, on the small and on the larger table, reading more on the larger one. */
export interface ReadGrowth {
  small: BatchUsage;
  large: BatchUsage;
}

/**
 * Pairs each batch of the small run with the batch of the large run that
 * paged over the very same documents (the large dataset starts with the
 * small one; a document created during the run, such as a ledger entry a
 * rollback pages over, by its content: see pageIdentity), and returns the
 * pairs whose reads grew by more than `tolerance` documents: such a batch
 * reads in proportion to the table, not to its page. Batches without a `.paginate()` (e.g. @convex-dev/migrations,
 * which pages with index range streams) pair by number when they processed
 * as many documents: the same first documents, since the larger table starts
 * with the small one.
 */
export function readGrowth(small: BatchUsage[], large: BatchUsage[], tolerance: number): ReadGrowth[] {
  const grown: ReadGrowth[] = [];
  for (const batch of small) {
    const twin = large.find((other) =>
      other.direction === batch.direction &&
      (batch.pageKey !== null
        ? other.pageKey === batch.pageKey
        : other.pageKey === null && other.number === batch.number && other.processed === batch.processed),
    );
    if (twin && twin.usage.documentsRead > batch.usage.documentsRead + tolerance) grown.push({ small: batch, large: twin });
  }
  return grown;
}
