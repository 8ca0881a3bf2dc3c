/**
 * The differential test's programs, as plain data: a random schema, then
 * steps (one mutation or query each) of operations on `ctx.db`. The same
 * program runs on plain convex-test and on the memory engine; functions.ts
 * interprets it inside Convex functions.
 */

/** Fields every generated table has: `a` holds any value (so queries compare across types), `n` nested ones. */
export const FIELDS = ["a", "b", "c", "n"] as const;
export type Field = (typeof FIELDS)[number];

export interface TableSpec {
  name: string;
  indexes: Array<{ name: string; fields: string[] }>;
  /** A search index `search` on `c`, filterable by `a`. */
  search: boolean;
}

export type Fields = Partial<Record<Field, unknown>>;

/** A patched field's value that removes the field (`undefined` cannot cross a function's arguments). */
export const UNSET = "\u0000unset";

/** Patch fields as the function writes them: UNSET becomes undefined. */
export function patchValue(fields: Fields): Fields {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v === UNSET ? undefined : v]));
}

/** A document of an earlier step or this one, by position in the ids the function knows (modulo their count). */
export type Ref = number;

/** A value, or the creation time / id of a known document (resolved inside the function). */
export type RangeValue = { value: unknown } | { creationTimeOf: Ref } | { idOf: Ref };

export interface Range {
  eq: RangeValue[];
  lower?: { op: "gt" | "gte"; value: RangeValue };
  upper?: { op: "lt" | "lte"; value: RangeValue };
}

export type FilterAst =
  | { cmp: "eq" | "neq" | "lt" | "lte" | "gt" | "gte"; field: string; value: unknown }
  | { and: [FilterAst, FilterAst] }
  | { or: [FilterAst, FilterAst] }
  | { not: FilterAst };

/** Where a query reads: a table scan (index null), a declared index, a system one, or one the schema lacks. */
export interface SourceSpec {
  table: string;
  index: string | null;
  /** The fields a range on this index names, in order (the index's own, or `_creationTime` / `_id`). */
  rangeFields: string[];
  range: Range;
  order: "asc" | "desc";
  /** `.limit(n)` chained before the filters. */
  limit?: number;
  filters: FilterAst[];
}

/** Writes a query loop makes on each document it reads, while the query is still open. */
export type LoopWrite = { patch: Fields } | { insert: Fields } | "delete";

export type Terminal = "collect" | "first" | "unique" | { take: number } | { iterate: number; write?: LoopWrite };

export type CursorChoice = null | "_end_cursor" | { cursorRef: number };

export type Op =
  | { insert: { table: string; doc: Fields } }
  | { patch: { ref: Ref; fields: Fields } }
  | { replace: { ref: Ref; doc: Fields } }
  | { delete: { ref: Ref } }
  | { get: { ref: Ref } }
  | { query: SourceSpec; terminal: Terminal }
  | { paginate: SourceSpec; numItems: number; cursor: CursorChoice; endCursor?: CursorChoice; maximumRowsRead?: number }
  | { search: { table: string; term: string; a?: unknown; take: number; filters: FilterAst[] } }
  | { nested: Op[] }
  | { nestedThrows: Op[] }
  | { nestedQuery: Op[] }
  /** `ctx.runQuery(..., { useStaleSnapshot: true })`: a query that sees only committed documents. */
  | { staleQuery: Op[] };

export interface Step {
  kind: "mutation" | "query";
  ops: Op[];
  /** The mutation throws after its operations: every write of it is rolled back. */
  throws?: boolean;
}

export interface Program {
  tables: TableSpec[];
  steps: Step[];
}

/** What an operation answered: a value, or the message of what it threw. */
export type Outcome = { ok: unknown } | { error: string };
