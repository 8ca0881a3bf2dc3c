import { AsyncLocalStorage } from "node:async_hooks";
import { jsonToConvex } from "convex/values";
import { evaluateFilter, type FilterExpression } from "./filterExpression.js";
import { countRejectedRows } from "./paginateShadow.js";
import { Recorder, usageFromMetrics, type Measurement } from "./recorder.js";

/**
 * The memory backend's corrections to convex-test, applied from outside by
 * wrapping the syscalls Convex's runtime makes (`globalThis.Convex`), so that
 * neither the app nor convex-test changes:
 *
 * - `.filter()` on a query stream is evaluated here, with Convex's total
 *   order, over the unfiltered stream: every document the filter looks at is
 *   pulled through convex-test, which counts it as read (and enforces the
 *   limits on it), as production counts scanned documents.
 * - `.filter()` before `.paginate()` cannot be re-evaluated (one paginated
 *   query per function), so the documents it rejected are counted with a
 *   second stream over the same page range, and ordering differences are
 *   detected, not corrected.
 * - While a call is measured, convex-test's counters are sampled after every
 *   syscall, so each transaction's usage is known after it committed.
 */

/** A production behaviour the memory backend detected it cannot reproduce exactly. */
export interface FidelityNote {
  kind: "filterOrder" | "uncountedReads";
  message: string;
}

/** Per memory backend: its streams under evaluation and what it noticed. */
export interface InterceptState {
  convexFilters: boolean;
  streams: Map<number, FilteredStream>;
  nextStreamId: number;
  notes: FidelityNote[];
}

interface CallContext {
  state: InterceptState;
  recorder?: Recorder;
}

interface FilteredStream {
  realId: number;
  table: string;
  operators: Array<{ filter: FilterExpression } | { limit: number }>;
  passed: number[];
  exhausted: boolean;
}

type SyncSyscall = (op: string, json: string) => string;
type AsyncSyscall = (op: string, json: string) => Promise<string>;

const WRAPPED = Symbol.for("convex-migration-harness.syscalls");
/**
 * One store per process, not per module instance: the wrapper installed on
 * globalThis by one instance of this module (a test file) must see the calls
 * that another instance (a later test file in the same worker) marks.
 */
const storage: AsyncLocalStorage<CallContext> = ((globalThis as any)[Symbol.for("convex-migration-harness.calls")] ??=
  new AsyncLocalStorage<CallContext>());
/** Above any id convex-test hands out, so a stream's id says who evaluates it. */
const FIRST_STREAM_ID = 2 ** 40;
const MAX_NOTES = 20;

export function newInterceptState(convexFilters: boolean): InterceptState {
  return { convexFilters, streams: new Map(), nextStreamId: FIRST_STREAM_ID, notes: [] };
}

/** Runs a call to the app with this backend's corrections. */
export function withCorrections<T>(state: InterceptState, call: () => Promise<T>): Promise<T> {
  installInterceptor();
  const parent = storage.getStore();
  return storage.run({ state, recorder: parent?.state === state ? parent.recorder : undefined }, call);
}

/** Runs a call and reports what each of its transactions used, whether it returned or threw. */
export async function measureCall<T>(
  state: InterceptState,
  call: () => Promise<T>,
): Promise<{ measurement: Measurement } & ({ ok: true; value: T } | { ok: false; error: unknown })> {
  installInterceptor();
  const recorder = new Recorder();
  try {
    const value = await storage.run({ state, recorder }, call);
    return { ok: true, value, measurement: recorder.result() };
  } catch (error) {
    return { ok: false, error, measurement: recorder.result() };
  }
}

export function note(state: InterceptState, kind: FidelityNote["kind"], message: string): void {
  if (state.notes.length >= MAX_NOTES || state.notes.some((n) => n.message === message)) return;
  state.notes.push({ kind, message });
}

/**
 * convex-test installs `globalThis.Convex` once per module instance, as
 * getters that resolve to the current test's syscalls; this wraps it once.
 * Calls outside a harness backend (unit tests of the app) pass straight through.
 */
function installInterceptor(): void {
  const g = globalThis as any;
  const inner = g.Convex;
  if (!inner || inner[WRAPPED]) return;
  g.Convex = {
    [WRAPPED]: true,
    get syscall(): SyncSyscall {
      const sync: SyncSyscall = inner.syscall;
      return (op, json) => syncSyscall(sync, op, json);
    },
    get asyncSyscall(): AsyncSyscall {
      const sync: SyncSyscall = inner.syscall;
      const async: AsyncSyscall = inner.asyncSyscall;
      return (op, json) => asyncSyscall(sync, async, op, json);
    },
    get jsSyscall() {
      return inner.jsSyscall;
    },
  };
}

function syncSyscall(sync: SyncSyscall, op: string, json: string): string {
  const ctx = storage.getStore();
  if (!ctx?.state.convexFilters) return sync(op, json);
  if (op === "1.0/queryStream") {
    const args = JSON.parse(json);
    const operators = args.query.operators as FilteredStream["operators"];
    if (!operators.some((o) => "filter" in o)) return sync(op, json);
    // convex-test would filter (with JavaScript's ordering) before anything is
    // counted; hand it the unfiltered query and filter as the documents come.
    const { queryId } = JSON.parse(sync(op, JSON.stringify({ ...args, query: { ...args.query, operators: [] } })));
    const id = ctx.state.nextStreamId++;
    ctx.state.streams.set(id, { realId: queryId, table: tableOf(args.query), operators, passed: operators.map(() => 0), exhausted: false });
    return JSON.stringify({ queryId: id });
  }
  if (op === "1.0/queryCleanup") {
    const { queryId } = JSON.parse(json);
    const stream = ctx.state.streams.get(queryId);
    if (!stream) return sync(op, json);
    ctx.state.streams.delete(queryId);
    return sync(op, JSON.stringify({ queryId: stream.realId }));
  }
  return sync(op, json);
}

async function asyncSyscall(sync: SyncSyscall, async: AsyncSyscall, op: string, json: string): Promise<string> {
  const ctx = storage.getStore();
  if (!ctx) return async(op, json);
  try {
    if (op === "1.0/queryStreamNext" && ctx.state.streams.has(JSON.parse(json).queryId)) {
      return await nextFiltered(ctx, async, ctx.state.streams.get(JSON.parse(json).queryId)!);
    }
    const result = await async(op, json);
    if (op === "1.0/queryPage") await afterPage(ctx, sync, async, JSON.parse(json), JSON.parse(result));
    return result;
  } finally {
    if (ctx.recorder) await sample(ctx.recorder, async);
  }
}

async function nextFiltered(ctx: CallContext, async: AsyncSyscall, stream: FilteredStream): Promise<string> {
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
    if (passes(ctx, stream, jsonToConvex(value))) return raw;
  }
}

/** Runs one document through the query's operators in order; false when a filter drops it. */
function passes(ctx: CallContext, stream: FilteredStream, doc: any): boolean {
  for (const [i, operator] of stream.operators.entries()) {
    if ("limit" in operator) {
      stream.passed[i] += 1;
      continue;
    }
    const kept = evaluateFilter(operator.filter, doc, "convex");
    if (kept !== evaluateFilter(operator.filter, doc, "javascript")) noteOrdering(ctx.state, stream.table, doc._id, kept);
    if (!kept) {
      if (ctx.recorder) ctx.recorder.filteredOut += 1;
      return false;
    }
    stream.passed[i] += 1;
  }
  return true;
}

async function afterPage(ctx: CallContext, sync: SyncSyscall, async: AsyncSyscall, args: any, result: any): Promise<void> {
  const table = tableOf(args.query);
  const filters = (args.query.operators as Array<{ filter?: FilterExpression }>).flatMap((o) => (o.filter ? [o.filter] : []));
  if (ctx.recorder) ctx.recorder.pages.push({ table, ids: result.page.map((d: { _id: string }) => d._id), documents: result.page });
  if (filters.length === 0 || !ctx.state.convexFilters) return;
  for (const json of result.page) {
    const doc = jsonToConvex(json) as any;
    if (!filters.every((f) => evaluateFilter(f, doc, "convex"))) noteOrdering(ctx.state, table, doc._id, false);
  }
  const rejected = await countRejectedRows(sync, async, args, result, filters);
  if (rejected.counted) {
    if (ctx.recorder) ctx.recorder.filteredOut += rejected.documents.length;
    for (const doc of rejected.documents) {
      if (filters.every((f) => evaluateFilter(f, doc, "convex"))) noteOrdering(ctx.state, table, doc._id, true);
    }
    return;
  }
  const message = `.filter() before .paginate() on ${table} (${rejected.reason}): the documents it rejected are not counted as read`;
  note(ctx.state, "uncountedReads", message);
  ctx.recorder?.uncounted.push(message);
}

function noteOrdering(state: InterceptState, table: string, id: string, keptByConvex: boolean): void {
  note(
    state,
    "filterOrder",
    `.filter() on ${table}: document ${id} is ${keptByConvex ? "kept" : "dropped"} by Convex's ordering of values ` +
      `but would be ${keptByConvex ? "dropped" : "kept"} by convex-test's (a comparison across types or with a missing field)`,
  );
}

async function sample(recorder: Recorder, async: AsyncSyscall): Promise<void> {
  try {
    recorder.sample(usageFromMetrics(JSON.parse(await async("1.0/getTransactionMetrics", "{}"))));
  } catch {
    // Outside a transaction (an action's own code): nothing to sample.
  }
}

function tableOf(query: { source: { type: string; tableName?: string; indexName?: string } }): string {
  return query.source.type === "FullTableScan" ? query.source.tableName! : query.source.indexName!.split(".")[0];
}
