import { usageKeys, zeroUsage, type TransactionUsage } from "./usage.js";

/** Documents a paginated query returned, identified by id, and the table it paged. */
export interface PageRead {
  table: string;
  ids: string[];
  /** The documents themselves (Convex's JSON encoding): what names a document created during the run. */
  documents: Array<Record<string, unknown>>;
}

/** What one measured call did, transaction by transaction. */
export interface Measurement {
  /** Usage of each transaction the call ran (one for a mutation or query). */
  transactions: TransactionUsage[];
  /** Documents that `.filter()` rejected: scanned, so counted in documentsRead. */
  filteredOut: number;
  /** Pages returned by `.paginate()`: what the batch processed. */
  pages: PageRead[];
  /** Reads the harness knows happened but could not count (see docs/memory-backend.md). */
  uncounted: string[];
}

/**
 * Collects convex-test's own counters while a call runs. The counters are
 * sampled after every syscall through `ctx.meta.getTransactionMetrics`'s
 * syscall; they only grow within a transaction, so a sample smaller than the
 * previous one on any key means a new transaction began (an action running
 * several mutations).
 */
export class Recorder {
  private current: TransactionUsage | null = null;
  private readonly done: TransactionUsage[] = [];
  filteredOut = 0;
  readonly pages: PageRead[] = [];
  readonly uncounted: string[] = [];

  sample(usage: TransactionUsage): void {
    const previous = this.current;
    if (previous && usageKeys.some((key) => usage[key] < previous[key])) this.done.push(previous);
    this.current = usage;
  }

  result(): Measurement {
    const transactions = [...this.done, ...(this.current ? [this.current] : [])];
    return {
      transactions: transactions.length > 0 ? transactions : [zeroUsage()],
      filteredOut: this.filteredOut,
      pages: this.pages,
      uncounted: [...new Set(this.uncounted)],
    };
  }
}

/** convex-test's getTransactionMetrics answer: `{ key: { used, remaining } }`. */
export function usageFromMetrics(metrics: Record<string, { used: number }>): TransactionUsage {
  const usage = zeroUsage();
  for (const key of usageKeys) usage[key] = Number(metrics[key]?.used ?? 0);
  return usage;
}
