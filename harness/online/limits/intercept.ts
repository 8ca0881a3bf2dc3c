import { jsonToConvex } from "convex/values";
import { evaluateFilter, type FilterExpression } from "./filterExpression.js";
import { countRejectedRows } from "./paginateShadow.js";
import { Recorder, type Measurement } from "./recorder.js";
import { setTransactionEndListener } from "./transactionEnd.js";

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
 * - While a call is measured, each of its transactions reports its totals
 *   when it ends (transactionEnd.ts), and the pages it read are kept.
 */

/** A production behaviour the memory backend detected it cannot reproduce exactly. */
export interface FidelityNote {
  kind: "filterOrder" | "uncountedReads";
  message: string;
}

/** Per memory backend: its streams under evaluation, its measured call, what it noticed. */
export interface InterceptState {
  convexFilters: boolean;
  streams: Map<number, FilteredStream>;
  nextStreamId: number;
  notes: FidelityNote[];
  /** Set while a call of this backend is measured. */
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

/** A convex-test instance's own syscalls, and this backend's wrappers of them. */
interface Attached {
  state: InterceptState;
  sync: SyncSyscall;
  async: AsyncSyscall;
}

const WRAPPED = Symbol.for("convex-migration-harness.syscalls");
/**
 * Which backend a syscall belongs to, keyed by the syscall functions of its
 * convex-test instance (convex-test hands each instance's own functions to
 * the Convex runtime, including in nested and scheduled calls). Looking the
 * caller up this way costs a map lookup per syscall, where an
 * AsyncLocalStorage context per call cost a promise hook per await.
 * One registry per process, not per module instance: the wrapper installed on
 * globalThis by one instance of this module (a test file) must find the
 * backends that another instance (a later test file in the same worker) attaches.
 */
const registry: WeakMap<SyncSyscall | AsyncSyscall, Attached> = ((globalThis as any)[
  Symbol.for("convex-migration-harness.attached")
] ??= new WeakMap());
/** Above any id convex-test hands out, so a stream's id says who evaluates it. */
const FIRST_STREAM_ID = 2 ** 40;
const MAX_NOTES = 20;

export function newInterceptState(convexFilters: boolean): InterceptState {
  return { convexFilters, streams: new Map(), nextStreamId: FIRST_STREAM_ID, notes: [] };
}

/** The part of a convexTest instance this needs: running code in its context. */
interface TestInstance {
  run<T>(handler: (ctx: any) => Promise<T>): Promise<T>;
}

/**
 * Applies this backend's corrections to every call made to `t` from now on:
 * finds the instance's syscalls (by reading them inside its context) and
 * registers them. Call once, right after `convexTest(...)`.
 */
export async function attachCorrections(t: TestInstance, state: InterceptState): Promise<void> {
  const inner = installInterceptor();
  setTransactionEndListener((usage) => attachedNow(inner)?.state.recorder?.transactionEnded(usage));
  let raw: { sync: SyncSyscall; async: AsyncSyscall } | undefined;
  // t.run's result must be a Convex value, so the functions leave by closure.
  await t.run(async () => {
    raw = { sync: inner.syscall, async: inner.asyncSyscall };
    return null;
  });
  if (!raw) throw new Error("convexTest.run did not run its handler");
  const { sync, async } = raw;
  const attached: Attached = {
    state,
    sync: (op, json) => syncSyscall(state, sync, op, json),
    async: (op, json) => asyncSyscall(state, sync, async, op, json),
  };
  registry.set(sync, attached);
  registry.set(async, attached);
}

/** Runs a call and reports what each of its transactions used, whether it returned or threw. */
export async function measureCall<T>(
  state: InterceptState,
  call: () => Promise<T>,
): Promise<{ measurement: Measurement } & ({ ok: true; value: T } | { ok: false; error: unknown })> {
  // The harness awaits one call at a time per backend; overlapping measured
  // calls would mix their transactions, so they are refused, not guessed at.
  if (state.recorder) throw new Error("measured calls on one memory backend must not overlap");
  const recorder = new Recorder();
  state.recorder = recorder;
  try {
    const value = await call();
    return { ok: true, value, measurement: recorder.result() };
  } catch (error) {
    return { ok: false, error, measurement: recorder.result() };
  } finally {
    state.recorder = undefined;
  }
}

export function note(state: InterceptState, kind: FidelityNote["kind"], message: string): void {
  if (state.notes.length >= MAX_NOTES || state.notes.some((n) => n.message === message)) return;
  state.notes.push({ kind, message });
}

/** The backend whose convex-test context is running, if a harness backend attached it. */
function attachedNow(inner: ConvexGlobal): Attached | undefined {
  try {
    return registry.get(inner.syscall);
  } catch {
    // Outside any convex-test context: nobody to report to.
    return undefined;
  }
}

interface ConvexGlobal {
  syscall: SyncSyscall;
  asyncSyscall: AsyncSyscall;
  jsSyscall: unknown;
}

/**
 * convex-test installs `globalThis.Convex` once per module instance, as
 * getters that resolve to the current test's syscalls; this wraps it once and
 * returns convex-test's own object. Syscalls of instances no harness backend
 * attached (unit tests of the app) pass straight through.
 */
function installInterceptor(): ConvexGlobal {
  const g = globalThis as any;
  const current = g.Convex;
  if (!current) throw new Error("convex-test has not installed globalThis.Convex: create the convexTest instance first");
  if (current[WRAPPED]) return current[WRAPPED];
  const inner: ConvexGlobal = current;
  g.Convex = {
    [WRAPPED]: inner,
    get syscall(): SyncSyscall {
      const raw = inner.syscall;
      return registry.get(raw)?.sync ?? raw;
    },
    get asyncSyscall(): AsyncSyscall {
      const raw = inner.asyncSyscall;
      return registry.get(raw)?.async ?? raw;
    },
    get jsSyscall() {
      return inner.jsSyscall;
    },
  };
  return inner;
}

function syncSyscall(state: InterceptState, sync: SyncSyscall, op: string, json: string): string {
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

function asyncSyscall(state: InterceptState, sync: SyncSyscall, async: AsyncSyscall, op: string, json: string): Promise<string> {
  // Most syscalls need nothing: hand them straight through, without an extra await.
  const filteredStream = op === "1.0/queryStreamNext" && state.streams.size > 0;
  const pageToLookAt = op === "1.0/queryPage" && (state.recorder !== undefined || (state.convexFilters && mayFilter(json)));
  if (!filteredStream && !pageToLookAt) return async(op, json);
  return correctedAsyncSyscall(state, sync, async, op, json);
}

async function correctedAsyncSyscall(state: InterceptState, sync: SyncSyscall, async: AsyncSyscall, op: string, json: string): Promise<string> {
  if (op === "1.0/queryStreamNext") {
    const stream = state.streams.get(JSON.parse(json).queryId);
    if (stream) return nextFiltered(state, async, stream);
  }
  const result = await async(op, json);
  if (op === "1.0/queryPage") await afterPage(state, sync, async, JSON.parse(json), result);
  return result;
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
  if (!state.recorder && filters.length === 0) return;
  const result = JSON.parse(resultJson);
  const recorder = state.recorder;
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
