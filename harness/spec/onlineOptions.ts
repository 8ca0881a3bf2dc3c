import type fc from "fast-check";
import { getFunctionName, type FunctionReference } from "convex/server";
import type { Identity } from "../model/app.js";
import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";
import type { DocRef } from "./docRef.js";
import { CONVEX_TRANSACTION_LIMITS, type TransactionLimits } from "../model/limits.js";

type QueryRef = FunctionReference<"query", "internal" | "public"> | string;
type MutationRef = FunctionReference<"mutation", "internal" | "public"> | string;

/**
 * A read path of the app (invariant readPathStable): a query called with
 * arguments derived from the data before the migration, whose answers must
 * not change at any batch of forward or rollback (the dual-read rollout).
 */
export interface ReadPath {
  /** Names the read in failures; default the function's name. */
  name?: string;
  query: QueryRef;
  /** One call per element, e.g. one per user: `(s) => s.tables.users.map((u) => ({ userId: u._id }))`. */
  args?: (snapshot: Snapshot) => Array<Record<string, unknown>>;
  /**
   * Instead of `args`, calls that run as a user (`ctx.auth`), e.g. every user
   * reading their own data: `(s) => s.tables.users.map((user) => ({ as: user }))`.
   * `as` is a document of the snapshot (the app's `identity` turns it into
   * an identity) or an identity itself.
   */
  calls?: (snapshot: Snapshot) => ReadPathCall[];
  /**
   * The answer is a list in an order the app does not promise (an index
   * whose key the migration changes, re-sorted by the client): compare it as
   * a multiset, its elements in any order. Default false: the whole answer,
   * in order, since order is often the contract. Answers must be arrays.
   */
  unordered?: boolean;
}

/** One call of a read path: its arguments, and who makes it. */
export interface ReadPathCall {
  args?: Record<string, unknown>;
  as?: SnapshotDocument | Identity;
}

/** A query to call, with its arguments, to see what an app write did. */
export interface ReadBack {
  query: QueryRef;
  args: Record<string, unknown>;
  /** A list in an order the app does not promise: compared as a multiset (see `ReadPath.unordered`). */
  unordered?: boolean;
}

/** What a read-back is handed besides the write's arguments: the run's documents as seeded. */
export interface SeededLookup {
  /**
   * The document the dataset seeded with this id (references as real ids, no
   * `_creationTime`), the same in the run with the migration and without it;
   * undefined for an id it did not seed. Follows a write to the document's
   * parent: `doc(doc(commentId)!.postId as string)`.
   */
  doc(id: string): ({ _id: string; [field: string]: unknown }) | undefined;
}

/**
 * An app mutation that live traffic makes while the migration runs
 * (invariant concurrentWrites). `args` may place `docRef("users")` wherever an
 * id of a dataset document goes; the harness resolves it after seeding.
 */
export interface AppWrite<Args extends Record<string, unknown> = Record<string, any>> {
  /** Names the write in params and failures, e.g. "setApiKey". */
  name: string;
  mutation: MutationRef;
  args: fc.Arbitrary<Args>;
  /**
   * Who makes the write (`ctx.auth`): a document of the dataset, e.g.
   * `docRef("users")`, whose identity the app's `identity` gives. Its
   * read-backs run as the same user. Default: no identity (an internal call).
   */
  as?: fc.Arbitrary<DocRef>;
  /**
   * The reads through which the app sees this write, given its resolved
   * arguments and the seeded documents, e.g. the comments of the post a
   * comment belongs to: `({ commentId }, { doc }) => [{ query: api.comments.list, args: { postId: doc(commentId)!.postId } }]`.
   */
  readBack: (args: Args, seeded: SeededLookup) => ReadBack[];
}

/** What withinLimits checks against and how it probes headroom. */
export interface LimitsOptions {
  /**
   * Limits every batch must stay inside, on the memory backend; default
   * Convex's. Lower them to make limit bugs show on small data.
   */
  max?: Partial<TransactionLimits>;
  /** Batch size of the once-per-check headroom probe over a larger table; false to skip. Default 100. */
  probeBatchSize?: number | false;
  /**
   * Documents a batch may read beyond what the same batch read on the small
   * table, when run on the larger one. Default 2.
   */
  readGrowthTolerance?: number;
  /**
   * How many times its children each original parent has on the larger
   * dataset (children: documents that must reference it). Default 4; false
   * leaves the children per parent as they are, for a migration whose
   * batches knowingly read every child of a document (say why in the spec).
   */
  childGrowth?: number | false;
}

export interface ResolvedReadPath {
  readonly name: string;
  readonly query: string;
  readonly calls: (snapshot: Snapshot) => ReadPathCall[];
  readonly unordered: boolean;
}

export interface ResolvedAppWrite {
  readonly name: string;
  readonly mutation: string;
  readonly args: fc.Arbitrary<Record<string, unknown>>;
  readonly as?: fc.Arbitrary<DocRef>;
  readonly readBack: (args: Record<string, unknown>, seeded: SeededLookup) => Array<{ query: string; args: Record<string, unknown>; unordered?: boolean }>;
}

export interface ResolvedLimits {
  readonly max: Readonly<TransactionLimits>;
  readonly probeBatchSize: number | false;
  readonly readGrowthTolerance: number;
  readonly childGrowth: number | false;
}

type Fail = (option: string, problem: string) => never;

const nameOf = (ref: QueryRef | MutationRef) => (typeof ref === "string" ? ref : getFunctionName(ref));
const isRef = (ref: unknown) => typeof ref === "string" || (typeof ref === "object" && ref !== null);

export function resolveReadPaths(readPaths: ReadPath[] | undefined, fail: Fail): readonly ResolvedReadPath[] | undefined {
  if (readPaths === undefined) return undefined;
  if (!Array.isArray(readPaths) || readPaths.length === 0) fail("readPaths", "must be a non-empty array of { query, args }");
  return Object.freeze(
    readPaths.map((path, i) => {
      if (!isRef(path?.query)) fail(`readPaths[${i}].query`, "must name an app query, e.g. internal.apiKeys.getApiKeys");
      if ((path.args === undefined) === (path.calls === undefined)) fail(`readPaths[${i}]`, "needs exactly one of `args` and `calls`");
      const given = path.args ?? path.calls;
      if (typeof given !== "function") fail(`readPaths[${i}].${path.args ? "args" : "calls"}`, "must be a function of the snapshot");
      if (path.unordered !== undefined && typeof path.unordered !== "boolean") fail(`readPaths[${i}].unordered`, `must be true or false, got ${JSON.stringify(path.unordered)}`);
      const args = path.args;
      const calls = args ? (snapshot: Snapshot) => args(snapshot).map((a) => ({ args: a })) : path.calls!;
      return Object.freeze({ name: path.name ?? nameOf(path.query), query: nameOf(path.query), calls, unordered: path.unordered ?? false });
    }),
  );
}

export function resolveAppWrites(appWrites: AppWrite[] | undefined, fail: Fail): readonly ResolvedAppWrite[] | undefined {
  if (appWrites === undefined) return undefined;
  if (!Array.isArray(appWrites) || appWrites.length === 0) fail("appWrites", "must be a non-empty array of { name, mutation, args, readBack }");
  const names = new Set<string>();
  return Object.freeze(
    appWrites.map((write, i) => {
      if (typeof write?.name !== "string" || write.name === "") fail(`appWrites[${i}].name`, "must be a non-empty string");
      if (names.has(write.name)) fail(`appWrites[${i}].name`, `"${write.name}" is used twice`);
      names.add(write.name);
      if (!isRef(write.mutation)) fail(`appWrites[${i}].mutation`, "must name an app mutation, e.g. internal.apiKeys.setApiKey");
      if (typeof write.args?.generate !== "function") fail(`appWrites[${i}].args`, "must be a fast-check Arbitrary of argument objects");
      if (typeof write.readBack !== "function") fail(`appWrites[${i}].readBack`, "must be a function (args) => [{ query, args }]");
      if (write.as !== undefined && typeof write.as?.generate !== "function") fail(`appWrites[${i}].as`, "must be an arbitrary of dataset documents, e.g. docRef(\"users\")");
      return Object.freeze({
        name: write.name,
        mutation: nameOf(write.mutation),
        args: write.args,
        ...(write.as ? { as: write.as } : {}),
        readBack: (args: Record<string, unknown>, seeded: SeededLookup) => write.readBack(args, seeded).map((r) => ({ query: nameOf(r.query), args: r.args, ...(r.unordered ? { unordered: true } : {}) })),
      });
    }),
  );
}

export function resolveLimits(limits: LimitsOptions | undefined, fail: Fail): ResolvedLimits {
  const max = { ...CONVEX_TRANSACTION_LIMITS, ...limits?.max };
  for (const [key, value] of Object.entries(max)) {
    if (!(key in CONVEX_TRANSACTION_LIMITS)) fail(`limits.max.${key}`, `is not a limit; known: ${Object.keys(CONVEX_TRANSACTION_LIMITS).join(", ")}`);
    if (!Number.isInteger(value) || value < 1) fail(`limits.max.${key}`, `must be a positive integer, got ${value}`);
  }
  const probeBatchSize = limits?.probeBatchSize ?? 100;
  if (probeBatchSize !== false && (!Number.isInteger(probeBatchSize) || probeBatchSize < 1)) {
    fail("limits.probeBatchSize", `must be a positive integer or false, got ${probeBatchSize}`);
  }
  const readGrowthTolerance = limits?.readGrowthTolerance ?? 2;
  if (!Number.isInteger(readGrowthTolerance) || readGrowthTolerance < 0) {
    fail("limits.readGrowthTolerance", `must be a non-negative integer, got ${readGrowthTolerance}`);
  }
  const childGrowth = limits?.childGrowth ?? 4;
  if (childGrowth !== false && (!Number.isInteger(childGrowth) || childGrowth < 1)) {
    fail("limits.childGrowth", `must be a positive integer or false, got ${childGrowth}`);
  }
  return Object.freeze({ max: Object.freeze(max), probeBatchSize, readGrowthTolerance, childGrowth });
}
