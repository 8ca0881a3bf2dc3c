import fc from "fast-check";
import type { GenericValidator } from "convex/values";
import { getFunctionName, type FunctionReference } from "convex/server";
import type { Dataset } from "../generators/dataset.js";
import type { MigrationDriver } from "./migration.js";
import type { Snapshot, SnapshotDocument } from "./snapshot/types.js";
import { invariantNames, isInvariantName, type InvariantName } from "./invariants/names.js";
import {
  resolveAppWrites, resolveLimits, resolveReadPaths,
  type AppWrite, type LimitsOptions, type ReadPath, type ResolvedAppWrite, type ResolvedLimits, type ResolvedReadPath,
} from "./online/options.js";
import type { Direction } from "./session.js";
import { resolveTargetExemptions, type ResolvedTargetExemptions, type TargetExemptions } from "./validate/exemptions.js";
import {
  checkReferences, resolveQuarantine, resolveQueries,
  type QuarantineOptions, type QueryEquivalenceOptions, type References,
  type ResolvedQuarantine, type ResolvedQueryEquivalence,
} from "./integrity.js";

/** A problem found by a spec's own `conserves` accounting. */
export interface ConservationProblem {
  table: string;
  message: string;
}

/**
 * How the app reports a migration's progress, and how the harness counts the
 * truth to compare it with (invariant progressTruthful).
 */
export interface ProgressOptions {
  /** The app's query returning `{ total, migrated, remaining, percent }`. */
  query: FunctionReference<"query", "internal" | "public"> | string;
  /** Arguments of the query. Default {}. */
  args?: Record<string, unknown>;
  /**
   * Whether a document counts as migrated: the real count the query must
   * report. Written on the harness side, from the snapshot, independently of
   * the app's own query. May be async (e.g. it decrypts).
   */
  isMigrated: (doc: SnapshotDocument, snapshot: Snapshot) => boolean | Promise<boolean>;
  /** The table counted. Default: the spec's `table`. */
  table?: string;
}

/** A secret field found holding a value that is not ciphertext. */
export interface PlaintextSecret {
  table: string;
  id: string;
  field: string;
  value: unknown;
}

/** Fields that must never hold plaintext after forward (invariant noPlaintextSecrets). */
export interface SecretsOptions {
  /** Secret fields per table, e.g. `{ apiKeys: ["openai", "anthropic"] }`. */
  fields: Record<string, readonly string[]>;
  /**
   * Whether a stored value is ciphertext. Only the app can tell (by trying to
   * decrypt), so the suite supplies it; the harness never sees a key. Absent
   * fields and empty strings hold no secret and are not asked about.
   */
  isCiphertext: (value: unknown) => boolean | Promise<boolean>;
  /**
   * Plaintext the migration may leave, e.g. values it recorded as impossible
   * to encrypt, or values it never touched (another migration's job). Gets
   * the snapshots before and after forward. Default: none is allowed.
   */
  allowPlaintext?: (found: PlaintextSecret, states: { before: Snapshot; after: Snapshot }) => boolean | Promise<boolean>;
}

export interface MigrationSpecOptions {
  /** Names the migration in test names, failures and reports. */
  name: string;
  forward: MigrationDriver;
  /** Absent: the migration is not reversible, which certification reports. */
  rollback?: MigrationDriver;
  dataset: fc.Arbitrary<Dataset>;
  /** The table the migration pages over; sets n in the termination bound. */
  table?: string;
  /**
   * Semantic view used for every comparison, e.g. decrypted keys per user, when
   * raw documents legitimately differ (fresh IVs). May be async. Default: the
   * canonical snapshot (documents up to id renaming).
   */
  view?: (snapshot: Snapshot) => unknown | Promise<unknown>;
  /** Contract-phase validators that migrated documents must meet, per table. */
  target?: Record<string, GenericValidator>;
  /** Documents the migration leaves in place on purpose (recorded as issues, or picked): exempt from `target`. */
  targetExempt?: TargetExemptions;
  /** Tables the migration may change; the default `conserves` checks all others are unchanged. */
  touches?: string[];
  /** Accounting of what must not be lost, beyond untouched tables. */
  /**
   * Called after forward (stage "forward": `before` is D, `after` forward(D)) and after rollback
   * (stage "rollback": `after` is rollback(forward(D))), so rules that hold at one stage only can be stated.
   */
  conserves?: (before: Snapshot, after: Snapshot, stage: Direction) => ConservationProblem[] | Promise<ConservationProblem[]>;
  /** Batch size of the runs that do not choose their own. Default 3. */
  batchSize?: number;
  /** Extra batches allowed beyond ceil(n / batchSize). Default 2. */
  slack?: number;
  /** Property runs per invariant (a number for all, or per invariant). */
  runs?: number | Partial<Record<InvariantName, number>>;
  /** The app's progress query and the real count it must match. */
  progress?: ProgressOptions;
  /** Secret fields that must hold ciphertext after forward. */
  secrets?: SecretsOptions;
  /**
   * Reference fields per table (referentialIntegrity), replacing, table by
   * table, those derived from the schema's v.id validators.
   */
  references?: References;
  /** Where the migration moves documents aside, e.g. "quarantine" (referentialIntegrity). */
  quarantine?: QuarantineOptions | string;
  /** A query and the one that replaces it (queryEquivalent). */
  queries?: QueryEquivalenceOptions;
  /** The app's read paths, whose answers must not change at any batch (readPathStable). */
  readPaths?: ReadPath[];
  /** App writes to interleave with the batches as live traffic (concurrentWrites). */
  appWrites?: AppWrite[];
  /** Transaction limits and the headroom probe (withinLimits). Default: Convex's limits, probe at batch size 100. */
  limits?: LimitsOptions;
}

/** `progress` with the query named and the table resolved. */
export interface ResolvedProgress {
  readonly query: string;
  readonly args: Record<string, unknown>;
  readonly isMigrated: ProgressOptions["isMigrated"];
  readonly table: string;
}

export interface MigrationSpec extends Required<Pick<MigrationSpecOptions, "name" | "forward" | "dataset">> {
  readonly rollback?: MigrationDriver;
  readonly table?: string;
  readonly view?: MigrationSpecOptions["view"];
  readonly target?: Record<string, GenericValidator>;
  readonly targetExempt?: ResolvedTargetExemptions;
  readonly touches?: readonly string[];
  readonly conserves?: MigrationSpecOptions["conserves"];
  readonly batchSize: number;
  readonly slack: number;
  readonly runs: Partial<Record<InvariantName, number>> & { default?: number };
  readonly progress?: ResolvedProgress;
  readonly secrets?: SecretsOptions;
  readonly references?: References;
  readonly quarantine?: ResolvedQuarantine;
  readonly queries?: ResolvedQueryEquivalence;
  readonly readPaths?: readonly ResolvedReadPath[];
  readonly appWrites?: readonly ResolvedAppWrite[];
  readonly limits: ResolvedLimits;
}

const knownOptions = new Set([
  "name", "forward", "rollback", "dataset", "table", "view", "target", "targetExempt", "touches",
  "conserves", "batchSize", "slack", "runs", "progress", "secrets",
  "references", "quarantine", "queries",
  "readPaths", "appWrites", "limits",
]);

/**
 * Declares one migration, its rollback and what the harness needs to test it.
 * Rejects nonsense with an error that names the option.
 *
 * @example
 * const spec = defineMigration({
 *   name: "apiKeysToTable",
 *   table: "userSettings",
 *   forward: batchMigration(internal.migrations.apiKeysToTable.forward),
 *   rollback: batchMigration(internal.migrations.apiKeysToTable.rollback),
 *   dataset: legacyDataset(),
 * });
 */
export function defineMigration(options: MigrationSpecOptions): MigrationSpec {
  const fail = (option: string, problem: string): never => {
    throw new Error(`defineMigration(${JSON.stringify(options?.name ?? "?")}): \`${option}\` ${problem}`);
  };
  if (!options || typeof options !== "object") throw new Error("defineMigration: options are required");
  for (const key of Object.keys(options)) if (!knownOptions.has(key)) fail(key, "is not an option");
  if (typeof options.name !== "string" || !/^[A-Za-z][\w-]*$/.test(options.name)) {
    fail("name", "must be a non-empty identifier (letters, digits, _ or -)");
  }
  if (!isDriver(options.forward)) fail("forward", "must be a migration driver, e.g. batchMigration(internal.x.forward)");
  if (options.rollback !== undefined && !isDriver(options.rollback)) fail("rollback", "must be a migration driver");
  if (!(options.dataset instanceof fc.Arbitrary)) fail("dataset", "must be a fast-check Arbitrary<Dataset>");
  const batchSize = options.batchSize ?? 3;
  if (!Number.isInteger(batchSize) || batchSize < 1) fail("batchSize", `must be a positive integer, got ${batchSize}`);
  const slack = options.slack ?? 2;
  if (!Number.isInteger(slack) || slack < 0) fail("slack", `must be a non-negative integer, got ${slack}`);
  if (options.view !== undefined && typeof options.view !== "function") fail("view", "must be a function");
  if (options.conserves !== undefined && typeof options.conserves !== "function") fail("conserves", "must be a function");
  const progress = options.progress === undefined ? undefined : resolveProgress(options.progress, options.table, fail);
  if (options.secrets !== undefined) checkSecrets(options.secrets, fail);
  const references = options.references === undefined ? undefined : checkReferences(options.references, fail);
  const quarantine = options.quarantine === undefined ? undefined : resolveQuarantine(options.quarantine, fail);
  const queries = options.queries === undefined ? undefined : resolveQueries(options.queries, fail);
  const targetExempt = options.targetExempt === undefined ? undefined : resolveTargetExemptions(options.targetExempt, fail);
  return Object.freeze({
    ...options,
    batchSize,
    slack,
    runs: resolveRuns(options.runs, fail),
    progress,
    references,
    quarantine,
    queries,
    targetExempt,
    readPaths: resolveReadPaths(options.readPaths, fail),
    appWrites: resolveAppWrites(options.appWrites, fail),
    limits: resolveLimits(options.limits, fail),
  });
}

function resolveProgress(
  progress: ProgressOptions,
  table: string | undefined,
  fail: (option: string, problem: string) => never,
): ResolvedProgress {
  if (typeof progress !== "object" || progress === null) return fail("progress", "must be an object { query, isMigrated }");
  const { query } = progress;
  if (typeof query !== "string" && (typeof query !== "object" || query === null)) {
    fail("progress.query", "must name the app's progress query, e.g. internal.progress.myMigration");
  }
  if (typeof progress.isMigrated !== "function") fail("progress.isMigrated", "must be a function (doc, snapshot) => boolean");
  const counted = progress.table ?? table;
  if (typeof counted !== "string") fail("progress.table", "is needed when the spec has no `table`");
  return Object.freeze({
    query: typeof query === "string" ? query : getFunctionName(query),
    args: { ...progress.args },
    isMigrated: progress.isMigrated,
    table: counted!,
  });
}

function checkSecrets(secrets: SecretsOptions, fail: (option: string, problem: string) => never): void {
  if (typeof secrets !== "object" || secrets === null) fail("secrets", "must be an object { fields, isCiphertext }");
  if (typeof secrets.fields !== "object" || secrets.fields === null || Object.keys(secrets.fields).length === 0) {
    fail("secrets.fields", "must list secret fields per table, e.g. { apiKeys: [\"openai\"] }");
  }
  for (const [table, fields] of Object.entries(secrets.fields)) {
    if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => typeof f !== "string")) {
      fail(`secrets.fields.${table}`, "must be a non-empty array of field names");
    }
  }
  if (typeof secrets.isCiphertext !== "function") fail("secrets.isCiphertext", "must be a function (value) => boolean");
  if (secrets.allowPlaintext !== undefined && typeof secrets.allowPlaintext !== "function") {
    fail("secrets.allowPlaintext", "must be a function");
  }
}

function isDriver(value: unknown): value is MigrationDriver {
  return typeof value === "object" && value !== null && typeof (value as MigrationDriver).runBatch === "function";
}

function resolveRuns(
  runs: MigrationSpecOptions["runs"],
  fail: (option: string, problem: string) => never,
): MigrationSpec["runs"] {
  const check = (where: string, n: unknown) => {
    if (!Number.isInteger(n) || (n as number) < 1) fail(where, `must be a positive integer, got ${String(n)}`);
  };
  if (runs === undefined) return {};
  if (typeof runs === "number") {
    check("runs", runs);
    return { default: runs };
  }
  for (const [name, n] of Object.entries(runs)) {
    if (!isInvariantName(name)) fail(`runs.${name}`, `is not an invariant; known: ${invariantNames.join(", ")}`);
    check(`runs.${name}`, n);
  }
  return { ...runs };
}
