import type { JSONValue } from "convex/values";
import { jsonToConvex } from "./convexTest/index.js";
import { CREATION_FIELDS } from "./tables.js";
import type { Bound, Doc, Operator, Order, RangePlan } from "./types.js";

/**
 * A query as Convex's runtime serializes it (convex/server's query JSON: a
 * source, then `.filter()` / `.limit()` operators). Only the index-range
 * sources are the engine's; a search stays convex-test's.
 */
export type Query = {
  source:
    | { type: "FullTableScan"; tableName: string; order: Order | null }
    | { type: "IndexRange"; indexName: string; order: Order | null; range: Array<{ type: string; fieldPath: string; value: JSONValue }> }
    | { type: "Search"; indexName: string };
  operators: Operator[];
};

/** What convex-test planned for a query (having validated it): the index order and its own evaluation. */
export interface NativePlan {
  /** The index's fields, then `_creationTime` and `_id` (a table scan: `_creationTime`). */
  fields: string[];
  order: Order;
  filter: (doc: Doc) => boolean;
  limit: number | null;
}

/** The table a query reads. */
export function tableOfQuery(query: Query): string {
  return query.source.type === "FullTableScan" ? query.source.tableName : query.source.indexName.split(".")[0];
}

/**
 * An index-range query as the engine answers it. A range is equalities on
 * the index's first fields, then at most a lower and an upper bound on the
 * next one (convex-test has checked that shape): one interval of the index.
 */
export function rangePlan(query: Query, native: NativePlan): RangePlan {
  const source = query.source;
  if (source.type !== "FullTableScan" && source.type !== "IndexRange") {
    throw new Error(`memory engine: a ${JSON.stringify(source.type)} query source is not an index range`);
  }
  let lower: Bound | null = null;
  let upper: Bound | null = null;
  const eq: unknown[] = [];
  for (const { type, value } of source.type === "IndexRange" ? source.range : []) {
    const v = queryValue(value);
    if (type === "Eq") eq.push(v);
    else if (type === "Gt" || type === "Gte") lower = { values: [...eq, v], inclusive: type === "Gte" };
    else upper = { values: [...eq, v], inclusive: type === "Lte" };
  }
  if (eq.length > 0) {
    lower ??= { values: eq, inclusive: true };
    upper ??= { values: eq, inclusive: true };
  }
  return {
    table: tableOfQuery(query),
    // A table scan sorts by creation time alone, which is unique per database: the creation-time index's order.
    fields: source.type === "FullTableScan" ? CREATION_FIELDS : native.fields,
    order: native.order,
    lower,
    upper,
    operators: query.operators,
    native: { filter: native.filter, limit: native.limit },
  };
}

/** A range bound's value (`{ $undefined: null }` is a missing field, Convex's least value). */
function queryValue(json: JSONValue): unknown {
  return json !== null && typeof json === "object" && "$undefined" in json ? undefined : jsonToConvex(json);
}
