import type fc from "fast-check";
import type { DataModelFromSchemaDefinition, DocumentByName, FunctionReference } from "convex/server";
import type { GenericValidator } from "convex/values";
import type { Dataset } from "../model/dataset.js";
import { fromSchema } from "../../generators/fromSchema.js";
import { withExtraModules, type AnySchema, type App, type ModuleMap, type TableName } from "../model/app.js";
import type { MigrationDriver } from "./migration.js";
import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";
import type { InvariantName } from "../model/invariantNames.js";
import {
  resolveAppWrites, resolveLimits, resolveReadPaths,
  type AppWrite, type LimitsOptions, type ReadPath, type ResolvedAppWrite, type ResolvedLimits, type ResolvedReadPath,
} from "./onlineOptions.js";
import type { Direction } from "../engine/session.js";
import { resolveTargetExemptions, type ResolvedTargetExemptions, type TargetExemptions } from "./targetExemptions.js";
import {
  checkReferences, resolveQuarantine, resolveQueries,
  type QuarantineOptions, type QueryEquivalenceOptions, type References,
  type ResolvedQuarantine, type ResolvedQueryEquivalence,
} from "./integrityOptions.js";
import { declaringFile } from "./declaredIn.js";
import { SchemaChecks, type NamedFunctions } from "./schemaChecks.js";
import { checkDataset, checkFaults, checkSecrets, isDriver, resolveMs, resolveProgress, resolveRuns, specDataClasses } from "./resolve.js";

/** What a spec's accounting is handed besides the two snapshots. */
export interface AccountingHelpers {
  /** The dataset's name for a document (`users[0]`), from its id; an id the dataset did not seed stays as it is. */
  label(id: string): string;
}

/** A problem found by a spec's own `conserves` accounting. */
export interface ConservationProblem {
  table: string;
  message: string;
}

/** Every table's documents, typed by the app's schema. */
export type DocumentsOf<S extends AnySchema> = { [T in TableName<S>]: DocumentByName<DataModelFromSchemaDefinition<S>, T> };

/** A snapshot of the app's tables, typed by its schema, as views and accounting receive it. */
export type AppSnapshot<S extends AnySchema> = Snapshot<DocumentsOf<S>>;

/**
 * How the app reports a migration's progress, and how the harness counts the
 * truth to compare it with (invariant progressTruthful).
 */
export interface ProgressOptions<S extends AnySchema = AnySchema> {
  /** The app's query returning `{ total, migrated, remaining, percent }`. */
  query: FunctionReference<"query", "internal" | "public"> | string;
  /** Arguments of the query. Default {}. */
  args?: Record<string, unknown>;
  /**
   * Whether a document counts as migrated: the real count the query must
   * report. Written on the harness side, from the snapshot, independently of
   * the app's own query. May be async (e.g. it decrypts).
   */
  isMigrated(doc: SnapshotDocument, snapshot: AppSnapshot<S>): boolean | Promise<boolean>;
  /** The table counted. Default: the spec's `table`. */
  table?: TableName<S>;
}

/** A secret field found holding a value that is not ciphertext. */
export interface PlaintextSecret {
  table: string;
  id: string;
  field: string;
  value: unknown;
}

/** Fields that must never hold plaintext after forward (invariant noPlaintextSecrets). */
export interface SecretsOptions<S extends AnySchema = AnySchema> {
  /** Secret fields per table, e.g. `{ apiKeys: ["openai", "anthropic"] }`. */
  fields: Partial<Record<TableName<S>, readonly string[]>>;
  /**
   * Whether a stored value is ciphertext. Only the app can tell (by trying to
   * decrypt), so the suite supplies it; the harness never sees a key. Absent
   * fields and empty strings hold no secret and are not asked about.
   */
  isCiphertext(value: unknown): boolean | Promise<boolean>;
  /**
   * Plaintext the migration may leave, e.g. values it recorded as impossible
   * to encrypt, or values it never touched (another migration's job). Gets
   * the snapshots before and after forward. Default: none is allowed.
   */
  allowPlaintext?(found: PlaintextSecret, states: { before: AppSnapshot<S>; after: AppSnapshot<S> }): boolean | Promise<boolean>;
}

/**
 * A known-broken variant of the migration and the invariant that must catch
 * it: proof that the suite fails when it should. `npm test` runs each one
 * and requires that invariant to fail with a counterexample of at most
 * `maxDocuments` documents.
 */
export interface FaultOptions<S extends AnySchema = AnySchema> {
  /** Names the variant `<migration>_<name>` in reports, the corpus and `fuzz --migration`. */
  name: string;
  invariant: InvariantName;
  /** The bug, in one sentence, for the test name. */
  bug: string;
  /**
   * What the broken variant changes, e.g. `{ forward: batchMigration("faults/skipFirst:forward") }`,
   * or a function of the spec's own options (to change part of one: `(base) => ({ progress: { ...base.progress!, query } })`).
   */
  overrides: Partial<MigrationSpecOptions<S>> | ((base: MigrationSpecOptions<S>) => Partial<MigrationSpecOptions<S>>);
  /** Largest shrunk counterexample accepted (documents): shrinking must get it this small. */
  maxDocuments: number;
}

/** Data classes the spec's datasets must reach (counted by coverage tests and required by certify). */
export interface DataClassOptions {
  classes: readonly string[];
  classify(dataset: Dataset): readonly string[];
}

export interface MigrationSpecOptions<S extends AnySchema = AnySchema> {
  /** Names the migration in test names, failures and reports. */
  name: string;
  forward: MigrationDriver;
  /** Absent: the migration is not reversible, which certification reports. */
  rollback?: MigrationDriver;
  /**
   * The legacy datasets the invariants draw from. Default:
   * `fromSchema(app.schema, { batchSize })`, the whole schema.
   */
  dataset?: fc.Arbitrary<Dataset>;
  /** The table the migration pages over; sets n in the termination bound. */
  table?: TableName<S>;
  /**
   * Semantic view used for every comparison, e.g. decrypted keys per user, when
   * raw documents legitimately differ (fresh IVs). May be async. Default: the
   * canonical snapshot (documents up to id renaming).
   */
  view?(snapshot: AppSnapshot<S>): unknown | Promise<unknown>;
  /** Contract-phase validators that migrated documents must meet, per table. */
  target?: Partial<Record<TableName<S>, GenericValidator>>;
  /** Documents the migration leaves in place on purpose (recorded as issues, or picked): exempt from `target`. */
  targetExempt?: TargetExemptions;
  /** Tables the migration may change; the default `conserves` checks all others are unchanged. */
  touches?: readonly TableName<S>[];
  /**
   * Accounting of what must not be lost, beyond untouched tables. Called
   * after forward (stage "forward": `before` is D, `after` forward(D)) and
   * after rollback (stage "rollback": `after` is rollback(forward(D))), so
   * rules that hold at one stage only can be stated. `label(id)` names a
   * document as the dataset does (`users[0]`), for messages; ids left in a
   * message are translated too.
   */
  conserves?(before: AppSnapshot<S>, after: AppSnapshot<S>, stage: Direction, helpers: AccountingHelpers): ConservationProblem[] | Promise<ConservationProblem[]>;
  /** Batch size of the runs that do not choose their own. Default 3. */
  batchSize?: number;
  /** Extra batches allowed beyond ceil(n / batchSize). Default 2. */
  slack?: number;
  /**
   * Property runs per invariant: a number for all, or per invariant with
   * `default` for the others (`{ default: 20, targetValid: 100 }`).
   */
  runs?: number | (Partial<Record<InvariantName, number>> & { default?: number });
  /** The app's progress query and the real count it must match. */
  progress?: ProgressOptions<S>;
  /** Secret fields that must hold ciphertext after forward. */
  secrets?: SecretsOptions<S>;
  /**
   * Reference fields per table (referentialIntegrity), replacing, table by
   * table, those derived from the schema's v.id validators.
   */
  references?: References;
  /** Where the migration moves documents aside, e.g. "quarantine" (referentialIntegrity). */
  quarantine?: QuarantineOptions | TableName<S>;
  /** A query and the one that replaces it (queryEquivalent). */
  queries?: QueryEquivalenceOptions;
  /** The app's read paths, whose answers must not change at any batch (readPathStable). */
  readPaths?: ReadPath[];
  /** App writes to interleave with the batches as live traffic (concurrentWrites). */
  appWrites?: AppWrite[];
  /** Transaction limits and the headroom probe (withinLimits). Default: Convex's limits, probe at batch size 100. */
  limits?: LimitsOptions;
  /**
   * Longest a single call (a batch, a read path, an app write) may take before
   * the property run fails with a deadline failure, in ms. Default: 10 s on the
   * memory backend, 60 s on a remote one; HARNESS_DEADLINE_MS overrides both.
   */
  deadlineMs?: number;
  /**
   * Longest shrinking may go on after a failure is found, in ms, before the
   * smallest counterexample so far is reported. Default 30 s; HARNESS_SHRINK_BUDGET_MS overrides.
   */
  shrinkBudgetMs?: number;
  /** Known-broken variants the suite must catch (see FaultOptions). */
  faults?: readonly FaultOptions<S>[];
  /** Modules of the faults' broken functions, keyed by function-path prefix ("faults/skipFirst"): never in convex/. */
  faultModules?: ModuleMap;
  /**
   * Data classes the dataset must reach, on top of those its generator
   * derives from the schema (fromSchema's: optional fields present and
   * absent, union branches, sizes at the boundaries, orphans, size pressure).
   */
  dataClasses?: DataClassOptions;
  /**
   * More files for `convex-migration-harness mutate` to mutate (globs relative to the project
   * root) besides forward's and rollback's modules and what they import, e.g. the queries a
   * migration switches the app to.
   */
  mutate?: readonly string[];
}

/** `progress` with the query named and the table resolved. */
export interface ResolvedProgress {
  readonly query: string;
  readonly args: Record<string, unknown>;
  readonly isMigrated: ProgressOptions["isMigrated"];
  readonly table: string;
}

/** A fault with the spec of its broken variant. */
export interface ResolvedFault {
  readonly name: string;
  readonly invariant: InvariantName;
  readonly bug: string;
  readonly maxDocuments: number;
  /** The broken variant: this spec with the fault's overrides, named `<migration>_<fault>`. */
  spec(): MigrationSpec;
}

/**
 * A declared migration: what defineMigration returns, what the harness's
 * vitest runner registers tests for when a spec file exports it, and what
 * fuzz, certify and the corpus find by name.
 */
export interface MigrationSpec<S extends AnySchema = AnySchema> {
  readonly kind: "convex-migration-harness/spec";
  readonly app: App<S>;
  readonly name: string;
  readonly forward: MigrationDriver;
  readonly rollback?: MigrationDriver;
  readonly dataset: fc.Arbitrary<Dataset>;
  readonly table?: string;
  readonly view?: MigrationSpecOptions<any>["view"];
  readonly target?: Record<string, GenericValidator>;
  readonly targetExempt?: ResolvedTargetExemptions;
  readonly touches?: readonly string[];
  readonly conserves?: MigrationSpecOptions<any>["conserves"];
  readonly batchSize: number;
  readonly slack: number;
  readonly runs: Partial<Record<InvariantName, number>> & { default?: number };
  readonly progress?: ResolvedProgress;
  readonly secrets?: SecretsOptions<any>;
  readonly references?: References;
  readonly quarantine?: ResolvedQuarantine;
  readonly queries?: ResolvedQueryEquivalence;
  readonly readPaths?: readonly ResolvedReadPath[];
  readonly appWrites?: readonly ResolvedAppWrite[];
  readonly limits: ResolvedLimits;
  readonly deadlineMs?: number;
  readonly shrinkBudgetMs?: number;
  readonly faults: readonly ResolvedFault[];
  readonly dataClasses?: DataClassOptions;
  /** Set for a fault's variant: the spec it breaks, the only invariant it is checked with, the bug. */
  readonly fault?: { readonly of: string; readonly invariant: InvariantName; readonly bug: string };
  /** Every function the spec names, for the export check at collection. */
  readonly functions: NamedFunctions;
  /** The file that declared it (relative to the working directory), when the call stack says: what replay commands name by default. */
  readonly declaredIn?: string;
  /** The options it was declared with: `variant()` re-declares from them. */
  readonly options: MigrationSpecOptions<S>;
  /** This spec with some options replaced, checked again. */
  variant(overrides: Partial<MigrationSpecOptions<S>>): MigrationSpec<S>;
}

const knownOptions = new Set([
  "name", "forward", "rollback", "dataset", "table", "view", "target", "targetExempt", "touches",
  "conserves", "batchSize", "slack", "runs", "progress", "secrets",
  "references", "quarantine", "queries", "readPaths", "appWrites", "limits",
  "deadlineMs", "shrinkBudgetMs", "faults", "faultModules", "dataClasses", "mutate",
]);

/**
 * Declares one migration of an app, its rollback and what the harness needs
 * to test it. Tables, fields and function modules it names are checked
 * against the app at once; nonsense is rejected with an error naming the
 * option and what is known. A spec file exports it as its default export;
 * the harness's vitest preset turns it into tests.
 *
 * @example
 * export default defineMigration(app, {
 *   name: "apiKeysToTable",
 *   table: "userSettings",
 *   forward: batchMigration(internal.migrations.apiKeysToTable.forward),
 *   rollback: batchMigration(internal.migrations.apiKeysToTable.rollback),
 *   dataset: fromSchema(app.schema, { batchSize: 3 }),
 *   touches: ["userSettings", "apiKeys"],
 * });
 */
export function defineMigration<S extends AnySchema>(declaredApp: App<S>, options: MigrationSpecOptions<S>): MigrationSpec<S> {
  if (!declaredApp || typeof declaredApp !== "object" || !("schema" in declaredApp) || !("modulePaths" in declaredApp)) {
    throw new Error("defineMigration: the first argument must be the app (defineApp({ schema, modules }))");
  }
  // The faults' modules are the spec's too: a variant built from it (a fault, a test's own) can call them.
  const app = options?.faultModules ? withExtraModules(declaredApp, options.faultModules) : declaredApp;
  const fail = (option: string, problem: string): never => {
    throw new Error(`defineMigration(${JSON.stringify(options?.name ?? "?")}): \`${option}\` ${problem}`);
  };
  if (!options || typeof options !== "object") throw new Error("defineMigration: options are required");
  for (const key of Object.keys(options)) if (!knownOptions.has(key)) fail(key, `is not an option; known: ${[...knownOptions].join(", ")}`);
  if (typeof options.name !== "string" || !/^[A-Za-z][\w-]*$/.test(options.name)) {
    fail("name", "must be a non-empty identifier (letters, digits, _ or -)");
  }
  const checks = new SchemaChecks(app as App, fail);
  const functions: NamedFunctions = [];
  const named = (option: string, name: string) => {
    checks.functionModule(option, name);
    functions.push({ option, name });
  };
  if (!isDriver(options.forward)) fail("forward", "must be a migration driver, e.g. batchMigration(internal.x.forward)");
  if (options.rollback !== undefined && !isDriver(options.rollback)) fail("rollback", "must be a migration driver");
  for (const direction of ["forward", "rollback"] as const) {
    for (const name of options[direction]?.functions ?? []) named(direction, name);
  }
  if (options.dataset !== undefined) checkDataset(options.dataset, fail);
  const table = options.table === undefined ? undefined : checks.table("table", options.table);
  const touches = options.touches === undefined ? undefined : checks.tables("touches", options.touches);
  for (const targetTable of Object.keys(options.target ?? {})) checks.table(`target.${targetTable}`, targetTable);
  const batchSize = options.batchSize ?? 3;
  if (!Number.isInteger(batchSize) || batchSize < 1) fail("batchSize", `must be a positive integer, got ${batchSize}`);
  const slack = options.slack ?? 2;
  if (!Number.isInteger(slack) || slack < 0) fail("slack", `must be a non-negative integer, got ${slack}`);
  for (const fn of ["view", "conserves"] as const) {
    if (options[fn] !== undefined && typeof options[fn] !== "function") fail(fn, "must be a function");
  }
  const progress = options.progress === undefined ? undefined : resolveProgress(options.progress as ProgressOptions, table, fail, checks);
  if (progress) functions.push({ option: "progress.query", name: progress.query });
  if (options.secrets !== undefined) checkSecrets(options.secrets as SecretsOptions, fail, checks);
  const references = options.references === undefined ? undefined : checkReferences(options.references, fail);
  for (const [refTable, fields] of Object.entries(references ?? {})) {
    checks.table(`references.${refTable}`, refTable);
    for (const [field, target] of Object.entries(fields)) {
      checks.field(`references.${refTable}.${field}`, refTable, field);
      checks.table(`references.${refTable}.${field}`, target);
    }
  }
  const quarantine = options.quarantine === undefined ? undefined : resolveQuarantine(options.quarantine, fail);
  if (quarantine) {
    checks.table("quarantine.table", quarantine.table);
    for (const key of ["originalId", "document", "sourceTable"] as const) checks.field(`quarantine.${key}`, quarantine.table, quarantine[key]);
  }
  const queries = options.queries === undefined ? undefined : resolveQueries(options.queries, fail);
  if (queries) for (const which of ["old", "new"] as const) named(`queries.${which}`, queries[which]);
  const readPaths = resolveReadPaths(options.readPaths, fail);
  readPaths?.forEach((path, i) => named(`readPaths[${i}].query`, path.query));
  const appWrites = resolveAppWrites(options.appWrites, fail);
  appWrites?.forEach((write, i) => named(`appWrites[${i}].mutation`, write.mutation));
  checkFaults(options.faults, fail);
  if (options.dataClasses !== undefined) {
    const { classes, classify } = options.dataClasses;
    if (!Array.isArray(classes) || typeof classify !== "function") fail("dataClasses", "must be { classes: string[], classify(dataset) }");
  }
  if (options.mutate !== undefined && (!Array.isArray(options.mutate) || options.mutate.some((glob) => typeof glob !== "string" || glob === ""))) {
    fail("mutate", 'must be an array of globs relative to the project root, e.g. ["convex/threads.ts"]');
  }
  const targetExempt = options.targetExempt === undefined ? undefined : resolveTargetExemptions(options.targetExempt, fail);
  // No dataset: the whole schema, sized around the batch boundaries.
  const dataset = options.dataset ?? fromSchema(app.schema, { batchSize });
  const resolved = {} as { -readonly [K in keyof MigrationSpec<S>]: MigrationSpec<S>[K] };
  Object.assign(resolved, {
    ...options,
    kind: "convex-migration-harness/spec",
    app,
    dataset,
    dataClasses: specDataClasses(dataset, options.dataClasses),
    table,
    touches,
    batchSize,
    slack,
    runs: resolveRuns(options.runs, fail),
    progress,
    references,
    quarantine,
    queries,
    targetExempt,
    readPaths,
    appWrites,
    limits: resolveLimits(options.limits, fail),
    deadlineMs: resolveMs(options.deadlineMs, "deadlineMs", fail),
    shrinkBudgetMs: resolveMs(options.shrinkBudgetMs, "shrinkBudgetMs", fail),
    functions,
    declaredIn: declaringFile(),
    options,
    variant: (overrides: Partial<MigrationSpecOptions<S>>) => defineMigration(declaredApp, { ...options, ...overrides }),
  });
  resolved.faults = Object.freeze(
    (options.faults ?? []).map((fault) => Object.freeze({
      name: fault.name,
      invariant: fault.invariant,
      bug: fault.bug,
      maxDocuments: fault.maxDocuments,
      spec: () => faultVariant(declaredApp, options, fault),
    })),
  );
  return Object.freeze(resolved);
}

/** Whether a value is a spec declared by defineMigration (what a spec file exports). */
export function isMigrationSpec(value: unknown): value is MigrationSpec {
  return typeof value === "object" && value !== null && (value as MigrationSpec).kind === "convex-migration-harness/spec";
}

/** Fault variants are built once per fault and process: a spec file's tests, fuzz and the corpus share them. */
const variants = new WeakMap<MigrationSpecOptions<any>, WeakMap<FaultOptions<any>, MigrationSpec<any>>>();

function faultVariant<S extends AnySchema>(app: App<S>, options: MigrationSpecOptions<S>, fault: FaultOptions<S>): MigrationSpec<S> {
  const ofSpec = variants.get(options) ?? new WeakMap<FaultOptions<any>, MigrationSpec<any>>();
  variants.set(options, ofSpec);
  const known = ofSpec.get(fault);
  if (known) return known;
  const { faults: _faults, ...base } = options;
  const overrides = typeof fault.overrides === "function" ? fault.overrides(options) : fault.overrides;
  const variant = defineMigration(app, { ...base, ...overrides, name: `${options.name}_${fault.name}` });
  const frozen = Object.freeze({ ...variant, fault: Object.freeze({ of: options.name, invariant: fault.invariant, bug: fault.bug }) });
  ofSpec.set(fault, frozen);
  return frozen;
}

