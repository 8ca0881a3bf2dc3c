import type { FilterExpression } from "./filterExpression.js";

/**
 * The memory engine's own vocabulary. The adapter (adapter.ts) translates
 * convex-test's internals into these types; nothing else in the engine knows
 * convex-test.
 */

/** A stored document, system fields included. */
export type Doc = Record<string, unknown> & { _id: string; _creationTime: number };

export type Order = "asc" | "desc";

/** One end of an index range: keys whose first `values.length` components compare to `values`. */
export interface Bound {
  values: unknown[];
  inclusive: boolean;
}

/** A `.filter()` or `.limit()` of a query, in the order the query chained them. */
export type Operator = { filter: FilterExpression } | { limit: number };

/** A query over an index range (a table scan is the creation-time index), as the engine answers it. */
export interface RangePlan {
  table: string;
  /** The index order: the index's fields, then `_creationTime` and `_id` (by_id: `_id`). Unique per document. */
  fields: string[];
  order: Order;
  lower: Bound | null;
  upper: Bound | null;
  operators: Operator[];
  /** convex-test's own evaluation: every filter with its ordering of values, then the first limit only. */
  native: { filter: (doc: Doc) => boolean; limit: number | null };
}

/** `.paginate()`'s arguments, as the syscall passes them. */
export interface PageArgs {
  cursor: string | null;
  endCursor?: string | null;
  pageSize: number;
  maximumRowsRead?: number | null;
  maximumBytesRead?: number | null;
}

export interface PageResult {
  page: Doc[];
  isDone: boolean;
  continueCursor: string;
  splitCursor: string | null;
  pageStatus: string | null;
}

/** What the adapter lends the engine for one convex-test database. */
export interface Host {
  /** convex-test's cursor for `doc` over `fields` (its own encoding, so cursors stay interchangeable). */
  encodeCursor(doc: Doc, fields: string[]): string;
  /** The key values a cursor holds. */
  decodeCursor(cursor: string): unknown[];
  /** Counts `doc` as read by the running transaction, and enforces the limits, as convex-test counts what it returns. */
  countRead(doc: Doc): void;
  /** A document's size as convex-test counts it. */
  sizeOf(doc: Doc): number;
}

/** A pull source of documents in query order: the engine's index ranges, or convex-test's own stream (search). */
export interface Pull {
  /** The next document, or null when the source is exhausted. */
  next(): Doc | null;
}
