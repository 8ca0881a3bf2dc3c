import { jsonToConvex } from "convex/values";
import { evaluateFilter, type FilterExpression } from "./filterExpression.js";
import { type AsyncSyscall, type FilteredStream, type InterceptState, note, type SyncSyscall } from "./interceptState.js";
import { countRejectedRows } from "./paginateShadow.js";

/**
 * The memory backend's `.filter()` corrections, as syscall wrappers:
 *
 * - `.filter()` on a query stream is evaluated here, with Convex's total
 *   order, over the unfiltered stream: every document the filter looks at is
 *   pulled through convex-test, which counts it as read (and enforces the
 *   limits on it), as production counts scanned documents.
 * - `.filter()` before `.paginate()` cannot be re-evaluated (one paginated
 *   query per function), so the documents it rejected are counted with a
 *   second stream over the same page range, and ordering differences are
 *   detected, not corrected.
 * - While a call is measured, the pages it read are kept.
 */
export function correctedSyscall(state: InterceptState, sync: SyncSyscall, op: string, json: string): string {
  if (!state.convexFilters) return sync(op, json);
  if (op === "1.0/queryStream" && mayFilter(json)) {
    const args = JSON.parse(json);
    const operators = args.query.operators as FilteredStream["operators"];
    if (!operators.some((o) => "filter" in o)) return sync(op, json);
    // convex-test would filter (with JavaScript's ordering) before anything is
    // counted; hand it the unfiltered query and filter as the documents come.
    const { queryId } = JSON.parse(sync(op, JSON.stringify({ ...args, query: { ...args.query, operators: [] } })));
    const id = state.nextStreamId++;
    state.streams.set(id, { realId: queryId, table: tableOf(args.query), operators, passed: operators.map(() => 0), exhausted: false });
    return JSON.stringify({ queryId: id });
  }
  if (op === "1.0/queryCleanup" && state.streams.size > 0) {
    const { queryId } = JSON.parse(json);
    const stream = state.streams.get(queryId);
    if (!stream) return sync(op, json);
    state.streams.delete(queryId);
    return sync(op, JSON.stringify({ queryId: stream.realId }));
  }
  return sync(op, json);
}

export function correctedAsyncSyscall(state: InterceptState, sync: SyncSyscall, async: AsyncSyscall, op: string, json: string): Promise<string> {
  // Most syscalls need nothing: hand them straight through, without an extra await.
  if (op === "1.0/queryStreamNext" && state.streams.size > 0) {
    const stream = state.streams.get(JSON.parse(json).queryId);
    if (stream) return nextFiltered(state, async, stream);
  }
  if (op === "1.0/queryPage" && (state.recorder !== undefined || (state.convexFilters && mayFilter(json)))) {
    return async(op, json).then(async (result) => {
      await afterPage(state, sync, async, JSON.parse(json), result);
      return result;
    });
  }
  return async(op, json);
}

/**
 * Whether a query's arguments may hold a `.filter()` operator: a cheap text
 * test before parsing them (a field value spelling "filter" only costs the parse).
 */
function mayFilter(json: string): boolean {
  return json.includes('"filter"');
}

async function nextFiltered(state: InterceptState, async: AsyncSyscall, stream: FilteredStream): Promise<string> {
  for (;;) {
    const limitReached = stream.operators.some((o, i) => "limit" in o && stream.passed[i] >= o.limit);
    if (stream.exhausted || limitReached) {
      stream.exhausted = true;
      return JSON.stringify({ value: null, done: true });
    }
    const raw = await async("1.0/queryStreamNext", JSON.stringify({ queryId: stream.realId }));
    const { value, done } = JSON.parse(raw);
    if (done) {
      stream.exhausted = true;
      return raw;
    }
    if (passes(state, stream, jsonToConvex(value))) return raw;
  }
}

/** Runs one document through the query's operators in order; false when a filter drops it. */
function passes(state: InterceptState, stream: FilteredStream, doc: any): boolean {
  for (const [i, operator] of stream.operators.entries()) {
    if ("limit" in operator) {
      stream.passed[i] += 1;
      continue;
    }
    const kept = evaluateFilter(operator.filter, doc, "convex");
    if (kept !== evaluateFilter(operator.filter, doc, "javascript")) noteOrdering(state, stream.table, doc._id, kept);
    if (!kept) {
      if (state.recorder) state.recorder.filteredOut += 1;
      return false;
    }
    stream.passed[i] += 1;
  }
  return true;
}

async function afterPage(state: InterceptState, sync: SyncSyscall, async: AsyncSyscall, args: any, resultJson: string): Promise<void> {
  const table = tableOf(args.query);
  const filters = state.convexFilters
    ? (args.query.operators as Array<{ filter?: FilterExpression }>).flatMap((o) => (o.filter ? [o.filter] : []))
    : [];
  const recorder = state.recorder;
  // mayFilter only guessed: a page with no filter, read outside a measurement, needs nothing.
  if (!recorder && filters.length === 0) return;
  const result = JSON.parse(resultJson);
  if (recorder) recorder.pages.push({ table, ids: result.page.map((d: { _id: string }) => d._id), documents: result.page });
  if (filters.length === 0) return;
  for (const json of result.page) {
    const doc = jsonToConvex(json) as any;
    if (!filters.every((f) => evaluateFilter(f, doc, "convex"))) noteOrdering(state, table, doc._id, false);
  }
  const rejected = await countRejectedRows(sync, async, args, result, filters);
  if (rejected.counted) {
    if (recorder) recorder.filteredOut += rejected.documents.length;
    for (const doc of rejected.documents) {
      if (filters.every((f) => evaluateFilter(f, doc, "convex"))) noteOrdering(state, table, doc._id, true);
    }
    return;
  }
  const message = `.filter() before .paginate() on ${table} (${rejected.reason}): the documents it rejected are not counted as read`;
  note(state, "uncountedReads", message);
  recorder?.uncounted.push(message);
}

function noteOrdering(state: InterceptState, table: string, id: string, keptByConvex: boolean): void {
  note(
    state,
    "filterOrder",
    `.filter() on ${table}: document ${id} is ${keptByConvex ? "kept" : "dropped"} by Convex's ordering of values ` +
      `but would be ${keptByConvex ? "dropped" : "kept"} by convex-test's (a comparison across types or with a missing field)`,
  );
}

function tableOf(query: { source: { type: string; tableName?: string; indexName?: string } }): string {
  return query.source.type === "FullTableScan" ? query.source.tableName! : query.source.indexName!.split(".")[0];
}
