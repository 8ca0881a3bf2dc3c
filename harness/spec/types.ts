import type fc from "fast-check";
import type { DataModelFromSchemaDefinition, DocumentByName, FunctionReference } from "convex/server";
import type { GenericValidator } from "convex/values";
import type { Dataset } from "../model/dataset.js";
import type { AnySchema, App, ModuleMap, TableName } from "../model/app.js";
import type { Direction } from "../model/direction.js";
import type { MigrationDriver } from "./migration.js";
import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";
import type { CanonicalSnapshot } from "../snapshot/canonical.js";
import type { InvariantName } from "../model/invariantNames.js";
import type { AppWrite, LimitsOptions, ReadPath, ResolvedAppWrite, ResolvedLimits, ResolvedReadPath } from "./onlineOptions.js";
import type { ResolvedTargetExemptions, TargetExemptions } from "./targetExemptions.js";
import type { QuarantineOptions, QueryEquivalenceOptions, References, ResolvedQuarantine, ResolvedQueryEquivalence } from "./integrityOptions.js";
import type { NamedFunctions } from "./schemaChecks.js";
import type { FromSchemaOptions } from "../../generators/options/fromSchemaOptions.js";

/** What a spec's accounting is handed besides the two snapshots. */
export interface AccountingHelpers {
  /** The dataset's name for a document (`users[0]`), from its id; an id the dataset did not seed stays as it is. */
  label(id: string): string;
}

/** What a spec's view is handed besides the snapshot. */
export interface ViewHelpers {
  /**
   * The snapshot up to id renaming, as the default view compares it: every id
   * replaced by a label computed from the content of the document it names,
   * `_creationTime` dropped, with the app's schema. A view that changes some
   * values (decrypts them, say) returns this of its changed snapshot.
   */
  canonicalize(snapshot: Snapshot): CanonicalSnapshot;
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

/**
 * What a spec says about one migration: its functions, its datasets, and
 * what must hold of it (`defineMigration`'s options). Only `name` and
 * `forward` are required; an invariant whose inputs are missing is reported
 * as not applicable. Option types are reached through it, e.g.
 * `MigrationSpecOptions["readPaths"]`.
 */
export interface MigrationSpecOptions<S extends AnySchema = AnySchema> {
  /** Names the migration in test names, failures and reports. */
  name: string;
  forward: MigrationDriver;
  /** Absent: the migration is not reversible, which certification reports. */
  rollback?: MigrationDriver;
  /**
   * The legacy datasets the invariants draw from: any arbitrary of datasets,
   * or fromSchema's options over the app's schema (`{ fields: { "posts.slug":
   * { presence: 0 } } }`: legacy posts have no slug yet), which then draws
   * around the spec's `batchSize` and leaves the app's bookkeeping tables
   * empty. Default: `fromSchema(app.schema, { batchSize })` with those
   * tables empty, the whole schema.
   */
  dataset?: fc.Arbitrary<Dataset> | FromSchemaOptions;
  /** The table the migration pages over; sets n in the termination bound. */
  table?: TableName<S>;
  /**
   * Semantic view used for every comparison, e.g. decrypted keys per user, when
   * raw documents legitimately differ (fresh IVs). May be async. Default: the
   * canonical snapshot (documents up to id renaming), which `canonicalize`
   * computes for a snapshot the view has changed.
   */
  view?(snapshot: AppSnapshot<S>, helpers: ViewHelpers): unknown | Promise<unknown>;
  /** Contract-phase validators that migrated documents must meet, per table. */
  target?: Partial<Record<TableName<S>, GenericValidator>>;
  /** Documents the migration leaves in place on purpose (recorded as issues, or picked): exempt from `target`. */
  targetExempt?: TargetExemptions;
  /**
   * Tables the migration may change; the default `conserves` checks all
   * others are unchanged. The app's `bookkeeping` tables are always included.
   */
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

