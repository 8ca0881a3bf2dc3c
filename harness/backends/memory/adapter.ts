import { AsyncLocalStorage } from "node:async_hooks";
import { jsonToConvex } from "./convexTest/index.js";
import { CONVEX_TEST_VERSION } from "./convexTestVersion.js";
import type { InterceptState } from "./measure/interceptState.js";
import { usageKeys, zeroUsage, type TransactionUsage } from "../../model/limits.js";
import { DbEngine } from "./engine.js";
import { rangePlan, tableOfQuery, type NativePlan, type Query } from "./plan.js";
import { documentSize } from "./size.js";
import { CREATION_FIELDS } from "./tables.js";
import type { Doc, Host, PageArgs, Pull } from "./types.js";
import { inVersionRange } from "./version.js";

/**
 * The one module that knows convex-test's internals; the engine sees only
 * the types of types.ts. What it reaches: the instance's state (through the
 * AsyncLocalStorage store convex-test runs each call in), each DatabaseFake
 * (documents, pending write layers, query streams, pages, cursor encoding,
 * query planning), the TransactionManager (nesting, commits, rollbacks,
 * snapshot stashes) and the metrics tracker.
 *
 * The convex-test it meets is the package's own copy (./convexTest, on the
 * package's own convex), whatever convex-test the app has. `attachEngine`
 * still checks its version against SUPPORTED and that every internal it uses
 * is there, and fails with one line naming what is missing: the corrections
 * are never switched off silently. What each version already does itself is
 * in docs/memory-backend.md.
 */
export const SUPPORTED = { min: "0.0.60", max: "0.0.71" } as const;

/** What attaching found out about the installed convex-test. */
export interface Attached {
  version: string;
  /** convex-test rejects a document over 1 MiB when it is written (0.0.71 on); else the adapter does. */
  nativeDocumentSizeLimit: boolean;
}

/** Production's limit on one document, system fields included (the backend's MAX_USER_SIZE). */
const MAX_DOCUMENT_SIZE = 1 << 20;
type TestInstance = { run(handler: (ctx: unknown) => Promise<unknown>): Promise<unknown>; finishInProgressScheduledFunctions?(): Promise<void> };

/**
 * Puts the memory engine under a fresh `convexTest` instance: indexed queries
 * and pages, the `.filter()` corrections `state` asks for, and each top-level
 * transaction's usage reported to `state.recorder` while a call is measured.
 * Call once, right after `convexTest(...)` and registering its components.
 */
export async function attachEngine(t: TestInstance, state: InterceptState): Promise<Attached> {
  const version = checkedVersion();
  const global = await capture(t, version);
  const nativeDocumentSizeLimit = probeDocumentSizeLimit(global.components[""].db);
  new Binding(global, state, !nativeDocumentSizeLimit).installComponents();
  return { version, nativeDocumentSizeLimit };
}

/** The engine's convex-test version (`version`: the vendored one) when the adapter knows it; else throws one line saying why not. */
export function checkedVersion(version: string = CONVEX_TEST_VERSION): string {
  if (!inVersionRange(version, SUPPORTED)) throw unsupported(version, "outside the range the adapter knows");
  return version;
}

/**
 * The one line an engine on an unknown convex-test gets. The app's own
 * convex-test plays no part, so there is nothing for the user to install:
 * it is this package's defect.
 */
export function unsupported(version: string, why: string): Error {
  return new Error(
    `convex-migration-harness: the memory engine's convex-test ${version} is ${why}: the adapter knows convex-test ${SUPPORTED.min} to ${SUPPORTED.max} ` +
      `and will not run uncorrected (a defect of convex-migration-harness, whatever convex-test the app has)`,
  );
}

// ---- convex-test's shapes, 0.0.60 to 0.0.71 -----------------------------------------------------

type Layer = Record<string, Doc | null>;
type DatabaseFake = { _documents: Record<string, Doc>; _writes: Layer[]; _nextQueryId: number; _nextDocId: number; _lastCreationTime: number } & Record<string, any>;
type Tracker = { trackRead(bytes: number): void; getTransactionMetrics(): Record<string, { used: number }> };
type TransactionManager = { getMetricsTracker(): Tracker | null } & Record<string, any>;
type ConvexGlobal = { components: Record<string, { db: DatabaseFake }>; transactionManager: TransactionManager };

const NEEDED = {
  DatabaseFake: ["get", "insert", "_addWrite", "startTransaction", "rollbackWrites", "startQuery", "queryNext", "paginate", "_iterateDocs", "_resolveQuerySource", "_encodeCursor"],
  "DatabaseFake fields": ["_documents", "_writes", "_nextQueryId", "_nextDocId", "_lastCreationTime", "_schema"],
  TransactionManager: ["begin", "commit", "rollback", "stashWrites", "restoreWrites", "getMetricsTracker"],
  TransactionMetricsTracker: ["trackRead", "getTransactionMetrics"],
};

/**
 * convex-test's state for `t`, read while one of its calls runs (it keeps it
 * in an AsyncLocalStorage store): `finishInProgressScheduledFunctions` reads
 * it at once and starts no transaction. The first instance of a convex-test
 * version is also checked inside a transaction, where the metrics tracker exists.
 */
async function capture(t: TestInstance, version: string): Promise<ConvexGlobal> {
  let found: ConvexGlobal | undefined;
  const watch = <T>(call: () => T): T => {
    const proto = AsyncLocalStorage.prototype as { getStore(): unknown };
    const getStore = proto.getStore;
    proto.getStore = function (this: AsyncLocalStorage<unknown>) {
      const store = getStore.call(this) as Partial<ConvexGlobal> | undefined;
      if (typeof store === "object" && store !== null && "components" in store && "transactionManager" in store) found ??= store as ConvexGlobal;
      return store;
    };
    try {
      return call();
    } finally {
      proto.getStore = getStore;
    }
  };
  await watch(() => t.finishInProgressScheduledFunctions?.());
  let missing = found ? missingInternals(found, false) : [];
  if (!found || missing.length > 0 || !verified.has(Object.getPrototypeOf(found.components[""].db))) {
    await t.run(async () => {
      watch(() => (globalThis as { Convex?: { syscall: unknown } }).Convex?.syscall);
      missing = found ? missingInternals(found, true) : ["its per-call state (globalThis.Convex through an AsyncLocalStorage store)"];
      return null;
    });
  }
  if (missing.length > 0) throw unsupported(version, `missing what the memory engine needs: ${missing.join(", ")}`);
  return found!;
}

const verified = new WeakSet<object>();

/**
 * What of NEEDED an instance lacks, and whether planning and cursors still
 * work as the engine reads them; `inTransaction`: the tracker can be checked
 * too. A version found complete is not checked again.
 */
export function missingInternals(global: ConvexGlobal, inTransaction = true): string[] {
  const db = global.components?.[""]?.db;
  if (db && verified.has(Object.getPrototypeOf(db))) return [];
  const owners: Record<keyof typeof NEEDED, any> = {
    DatabaseFake: db,
    "DatabaseFake fields": db,
    TransactionManager: global.transactionManager,
    TransactionMetricsTracker: inTransaction ? global.transactionManager?.getMetricsTracker?.() : { trackRead() {}, getTransactionMetrics() {} },
  };
  const missing = Object.entries(NEEDED).flatMap(([owner, names]) =>
    names.filter((n) => (owner.endsWith("fields") ? owners[owner as keyof typeof NEEDED]?.[n] === undefined : typeof owners[owner as keyof typeof NEEDED]?.[n] !== "function")).map((n) => `${owner.split(" ")[0]}.${n}`),
  );
  if (missing.length > 0) return missing;
  const plan = planner(db)({ source: { type: "FullTableScan", tableName: "harnessProbe", order: null }, operators: [] });
  if (plan.fields[0] !== "_creationTime" || plan.order !== "asc" || typeof plan.filter !== "function") missing.push("DatabaseFake._resolveQuerySource's plan (fieldPathsToSortBy, order, filterFn)");
  const keys = decodeCursor(db._encodeCursor({ _id: "1harnessProbe", _creationTime: 1.5 }, CREATION_FIELDS));
  if (keys[0] !== 1.5 || keys[1] !== "1harnessProbe") missing.push("DatabaseFake._encodeCursor's encoding");
  if (missing.length === 0 && inTransaction) verified.add(Object.getPrototypeOf(db));
  return missing;
}

/**
 * convex-test's own query planning over nothing: its validation and its
 * errors, its plan, no documents read. Planning reads only the schema and
 * `_iterateDocs` (0.0.60 to 0.0.71), so it runs on a stand-in with both.
 */
function planner(db: DatabaseFake): (query: Query) => NativePlan {
  const empty = { _schema: db._schema, _iterateDocs: () => {} };
  const resolve = Object.getPrototypeOf(db)._resolveQuerySource as (this: DatabaseFake, query: Query) => Record<string, any>;
  return (query) => {
    const { fieldPathsToSortBy, order, filterFn, limit } = resolve.call(empty as unknown as DatabaseFake, query);
    return { fields: fieldPathsToSortBy, order, filter: filterFn, limit };
  };
}

/** convex-test's cursor: a JSON array of JSON-encoded key values, null for a missing one. */
function decodeCursor(cursor: string): unknown[] {
  return (JSON.parse(cursor) as Array<string | null>).map((k) => (k === null ? undefined : jsonToConvex(JSON.parse(k))));
}

const nativeSizeLimit = new WeakMap<object, boolean>();

/** Whether this convex-test rejects a document over 1 MiB itself (0.0.71 on): asked once per version, by trying. */
function probeDocumentSizeLimit(db: DatabaseFake): boolean {
  const proto = Object.getPrototypeOf(db) as object;
  if (nativeSizeLimit.has(proto)) return nativeSizeLimit.get(proto)!;
  const { _nextDocId, _lastCreationTime } = db;
  let native = false;
  db.startTransaction();
  try {
    db.insert("harnessProbe", { value: "x".repeat(MAX_DOCUMENT_SIZE) });
  } catch (error) {
    native = /too large/i.test((error as Error).message);
  } finally {
    db.rollbackWrites();
    // The probe must not shift the ids and creation times the app's documents get.
    Object.assign(db, { _nextDocId, _lastCreationTime });
  }
  nativeSizeLimit.set(proto, native);
  return native;
}

/** Production rejects a document over 1 MiB when it is written; convex-test 0.0.71 does too, in these words. */
function checkDocumentSize(doc: Doc): void {
  const size = documentSize(doc);
  if (size > MAX_DOCUMENT_SIZE) throw new Error(`Value is too large (${size} bytes > maximum size ${MAX_DOCUMENT_SIZE} bytes)`);
}

/** convex-test's id format: a counter, then the table name. */
function tableOf(id: string): string {
  const digits = /^[0-9]+/.exec(id);
  return digits ? id.slice(digits[0].length) : id;
}

/** A document as the running transaction sees it: the topmost pending write, else the committed version. */
function visible(db: DatabaseFake, id: string): Doc | null {
  for (let i = db._writes.length - 1; i >= 0; i--) {
    const write = db._writes[i][id];
    if (write !== undefined) return write;
  }
  return db._documents[id] ?? null;
}

/**
 * The engine wired into one convex-test instance: each DatabaseFake's writes
 * and queries, and the TransactionManager's transaction boundaries.
 */
class Binding {
  private readonly engines = new Map<DatabaseFake, DbEngine>();
  /** Open query streams per database, dropped when the transaction ends. */
  private readonly pulls = new Map<DatabaseFake, Map<number, Pull>>();
  /** Set while convex-test folds a nested transaction's writes into its parent: not new writes. */
  private merging = false;

  constructor(
    private readonly global: ConvexGlobal,
    private readonly state: InterceptState,
    private readonly enforceDocumentSize: boolean,
  ) {
    const manager = global.transactionManager;
    const { begin, commit, rollback, stashWrites, restoreWrites } = manager;
    // A component registered after attaching gets its engine when the next transaction begins.
    manager.begin = (...args: unknown[]) => (this.installComponents(), begin.apply(manager, args));
    manager.commit = (isNested: boolean) => this.ending(isNested, true, () => commit.call(manager, isNested));
    manager.rollback = (isNested: boolean) => this.ending(isNested, false, () => rollback.call(manager, isNested));
    manager.stashWrites = () => this.stashing(true, () => stashWrites.call(manager));
    manager.restoreWrites = (stashed: unknown) => this.stashing(false, () => restoreWrites.call(manager, stashed));
  }

  installComponents(): void {
    for (const { db } of Object.values(this.global.components)) if (!this.engines.has(db)) this.install(db);
  }

  private install(db: DatabaseFake): void {
    const manager = this.global.transactionManager;
    const { _addWrite, startQuery, queryNext, paginate, _encodeCursor } = db;
    const host: Host = {
      encodeCursor: (doc, fields) => _encodeCursor.call(db, doc, fields),
      decodeCursor,
      countRead: (doc) => manager.getMetricsTracker()?.trackRead(documentSize(doc)),
      sizeOf: documentSize,
    };
    const engine = new DbEngine(host, this.state);
    const pulls = new Map<number, Pull>();
    const plan = planner(db);
    this.engines.set(db, engine);
    this.pulls.set(db, pulls);
    for (const id of Object.keys(db._documents)) engine.changed(tableOf(id), id, null, visible(db, id));
    const open = (pull: Pull) => (pulls.set(db._nextQueryId, pull), db._nextQueryId++);
    db._addWrite = (id: string, value: Doc | null) => {
      if (this.merging) return _addWrite.call(db, id, value);
      const table = tableOf(id);
      if (value !== null && this.enforceDocumentSize && !table.startsWith("_")) checkDocumentSize(value);
      const before = visible(db, id);
      _addWrite.call(db, id, value);
      engine.changed(table, id, before, value);
    };
    db.startQuery = (query: Query) => {
      if (query.source.type !== "Search") return open(engine.openRange(rangePlan(query, plan(query))));
      if (!this.state.convexFilters || !query.operators.some((o) => "filter" in o)) return startQuery.call(db, query);
      // convex-test ranks the search; the engine applies the operators to what it ranked.
      const inner = startQuery.call(db, { ...query, operators: [] });
      return open(engine.applyOperators(tableOfQuery(query), query.operators, { next: () => queryNext.call(db, inner).value ?? null }));
    };
    db.queryNext = (queryId: number) => {
      const pull = pulls.get(queryId);
      if (pull === undefined) return queryNext.call(db, queryId);
      const value = pull.next();
      if (value === null) pulls.delete(queryId);
      return value === null ? { value: null, done: true } : { value, done: false };
    };
    db.paginate = (args: PageArgs & { query: Query }) => {
      if (args.query.source.type !== "Search") return engine.paginate(rangePlan(args.query, plan(args.query)), args);
      const result = paginate.call(db, args);
      engine.searchPage(tableOfQuery(args.query), args.query.operators, result);
      return result;
    };
    // What a search or vector search walks: the table's documents only.
    db._iterateDocs = (table: string, callback: (doc: Doc) => void) => {
      for (const doc of engine.documents(table)) callback(doc);
    };
  }

  /**
   * A commit or rollback. Afterwards, every document of the ending layer is
   * read again (a rollback uncovers the versions under it; a top-level commit
   * may resolve commit-timestamp placeholders); a nested commit changes
   * nothing visible. A top-level end reports the transaction's usage to a
   * measured call and closes its streams.
   */
  private ending<T>(isNested: boolean, commit: boolean, end: () => T): T {
    const usage = !isNested && this.state.recorder ? this.usage() : null;
    const layers = commit && isNested ? [] : [...this.engines.keys()].map((db) => [db, db._writes.at(-1)] as const);
    this.merging = commit && isNested;
    try {
      return end();
    } finally {
      this.merging = false;
      for (const [db, layer] of layers) {
        const engine = this.engines.get(db)!;
        for (const id of Object.keys(layer ?? {})) engine.changed(tableOf(id), id, layer![id], visible(db, id));
      }
      if (!isNested) {
        for (const engine of this.engines.values()) engine.transactionEnded();
        for (const pulls of this.pulls.values()) pulls.clear();
        if (usage) this.state.recorder?.transactionEnded(usage);
      }
    }
  }

  /** Hiding the pending writes from a stale-snapshot query (stash), or bringing them back (restore). */
  private stashing<T>(stash: boolean, change: () => T): T {
    const pending = (db: DatabaseFake) => [...new Set(db._writes.flatMap((layer) => Object.keys(layer)))];
    const before = [...this.engines.keys()].map((db) => new Map((stash ? pending(db) : []).map((id) => [id, visible(db, id)])));
    const result = change();
    [...this.engines].forEach(([db, engine], i) => {
      for (const id of stash ? before[i].keys() : pending(db)) engine.changed(tableOf(id), id, stash ? before[i].get(id)! : (db._documents[id] ?? null), visible(db, id));
    });
    return result;
  }

  private usage(): TransactionUsage {
    const metrics = this.global.transactionManager.getMetricsTracker()?.getTransactionMetrics();
    const usage = zeroUsage();
    for (const key of usageKeys) usage[key] = metrics?.[key]?.used ?? 0;
    return usage;
  }
}
