import fc from "fast-check";
import type { GenericValidator } from "convex/values";
import type { Dataset } from "../generators/dataset.js";
import type { MigrationDriver } from "./migration.js";
import type { Snapshot } from "./snapshot/types.js";
import { invariantNames, isInvariantName, type InvariantName } from "./invariants/names.js";

/** A problem found by a spec's own `conserves` accounting. */
export interface ConservationProblem {
  table: string;
  message: string;
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
  /** Tables the migration may change; the default `conserves` checks all others are unchanged. */
  touches?: string[];
  /** Accounting of what must not be lost, beyond untouched tables. */
  conserves?: (before: Snapshot, after: Snapshot) => ConservationProblem[] | Promise<ConservationProblem[]>;
  /** Batch size of the runs that do not choose their own. Default 3. */
  batchSize?: number;
  /** Extra batches allowed beyond ceil(n / batchSize). Default 2. */
  slack?: number;
  /** Property runs per invariant (a number for all, or per invariant). */
  runs?: number | Partial<Record<InvariantName, number>>;
}

export interface MigrationSpec extends Required<Pick<MigrationSpecOptions, "name" | "forward" | "dataset">> {
  readonly rollback?: MigrationDriver;
  readonly table?: string;
  readonly view?: MigrationSpecOptions["view"];
  readonly target?: Record<string, GenericValidator>;
  readonly touches?: readonly string[];
  readonly conserves?: MigrationSpecOptions["conserves"];
  readonly batchSize: number;
  readonly slack: number;
  readonly runs: Partial<Record<InvariantName, number>> & { default?: number };
}

const knownOptions = new Set([
  "name", "forward", "rollback", "dataset", "table", "view", "target", "touches",
  "conserves", "batchSize", "slack", "runs",
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
  return Object.freeze({
    ...options,
    batchSize,
    slack,
    runs: resolveRuns(options.runs, fail),
  });
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
