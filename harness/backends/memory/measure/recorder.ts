import { zeroUsage, type TransactionUsage } from "../../../model/limits.js";

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
 * Collects what a measured call did: convex-test reports each of its
 * transactions' totals when the transaction ends, and the memory engine the
 * pages it returned and the documents filters rejected (see
 * harness/backends/memory/adapter.ts).
 */
export class Recorder {
  private readonly done: TransactionUsage[] = [];
  filteredOut = 0;
  readonly pages: PageRead[] = [];
  readonly uncounted: string[] = [];

  transactionEnded(usage: TransactionUsage): void {
    this.done.push(usage);
  }

  result(): Measurement {
    return {
      transactions: this.done.length > 0 ? [...this.done] : [zeroUsage()],
      filteredOut: this.filteredOut,
      pages: this.pages,
      uncounted: [...new Set(this.uncounted)],
    };
  }
}
