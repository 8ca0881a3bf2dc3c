import { convexToJson, jsonToConvex, type Value } from "convex/values";
import type { FilterExpression } from "./filterExpression.js";
import type { AsyncSyscall, SyncSyscall } from "./interceptState.js";

export type RejectedRows = { counted: true; documents: any[] } | { counted: false; reason: string };

/**
 * convex-test's paginate applies `.filter()` before it counts anything, so
 * the documents the filter rejected are never counted as read, unlike in
 * production. They are exactly the documents of the page's range that fail
 * the filter: this streams them, through convex-test, with the negated
 * filter restricted to that range, so convex-test counts each one as read
 * (and enforces the limits on them) and the harness sees them.
 *
 * Only ranges in creation order (a table scan or by_creation_time) are
 * bounded this way, because their cursor keys (_creationTime, _id) compare
 * the same under convex-test's filter ordering as under Convex's. The cursor
 * format is convex-test 0.0.60's: a JSON array of JSON-encoded key values.
 */
export async function countRejectedRows(
  sync: SyncSyscall,
  async: AsyncSyscall,
  args: { query: any; cursor: string | null; endCursor?: string | null },
  result: { continueCursor: string },
  filters: FilterExpression[],
): Promise<RejectedRows> {
  const source = args.query.source;
  const inCreationOrder =
    source.type === "FullTableScan" || (source.type === "IndexRange" && source.indexName.endsWith(".by_creation_time"));
  if (!inCreationOrder) return { counted: false, reason: `index ${source.indexName} orders by more than creation time` };
  const start = decodeCursor(args.cursor);
  const end = decodeCursor(result.continueCursor);
  if (start === "unknown" || end === "unknown") return { counted: false, reason: "the cursor format is not convex-test's" };
  const descending = source.order === "desc";
  const bounds: FilterExpression[] = [];
  if (start) bounds.push(beyond(start, descending ? "$lt" : "$gt", false));
  if (end) bounds.push(beyond(end, descending ? "$gt" : "$lt", true));
  const shadow = { ...args.query, operators: [{ filter: { $and: [{ $not: { $and: filters } }, ...bounds] } }] };
  const { queryId } = JSON.parse(sync("1.0/queryStream", JSON.stringify({ query: shadow, version: "harness" })));
  const documents: any[] = [];
  try {
    for (;;) {
      const { value, done } = JSON.parse(await async("1.0/queryStreamNext", JSON.stringify({ queryId })));
      if (done) break;
      documents.push(jsonToConvex(value));
    }
  } finally {
    sync("1.0/queryCleanup", JSON.stringify({ queryId }));
  }
  return { counted: true, documents };
}

type Keys = { creationTime: number; id: string };

/** null: the start (or end) of the range; "unknown": not a creation-order cursor we can read. */
function decodeCursor(cursor: string | null | undefined): Keys | null | "unknown" {
  if (cursor === null || cursor === undefined || cursor === "_end_cursor") return null;
  try {
    const keys = (JSON.parse(cursor) as Array<string | null>).map((k) => (k === null ? undefined : jsonToConvex(JSON.parse(k))));
    const [creationTime, id] = keys.slice(-2);
    if (typeof creationTime !== "number" || typeof id !== "string") return "unknown";
    return { creationTime, id };
  } catch {
    return "unknown";
  }
}

/**
 * Documents strictly past `keys` in the direction of `op` ($gt: after,
 * $lt: before), or at `keys` too when `inclusive`: (t op T) or (t = T and id op' ID).
 */
function beyond(keys: Keys, op: "$gt" | "$lt", inclusive: boolean): FilterExpression {
  const lit = (v: Value) => ({ $literal: convexToJson(v) });
  const time = { $field: "_creationTime" };
  const id = { $field: "_id" };
  const idOp = inclusive ? (op === "$gt" ? "$gte" : "$lte") : op;
  return {
    $or: [
      { [op]: [time, lit(keys.creationTime)] },
      { $and: [{ $eq: [time, lit(keys.creationTime)] }, { [idOp]: [id, lit(keys.id)] }] },
    ],
  };
}
