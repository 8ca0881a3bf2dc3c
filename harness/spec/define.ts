import { withExtraModules, type AnySchema, type App } from "../model/app.js";
import { resolveAppWrites, resolveLimits, resolveReadPaths } from "./onlineOptions.js";
import { resolveTargetExemptions } from "./targetExemptions.js";
import { checkReferences, resolveQuarantine, resolveQueries } from "./integrityOptions.js";
import { declaringFile } from "./declaredIn.js";
import { SchemaChecks, type NamedFunctions } from "./schemaChecks.js";
import { checkDataset, checkFaults, checkSecrets, isDriver, resolveMs, resolveProgress, resolveRuns, specDataClasses, specDataset } from "./resolve.js";
import type { FaultOptions, MigrationSpec, MigrationSpecOptions, ProgressOptions, SecretsOptions } from "./types.js";

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
  const named = (option: string, name: string, answers?: "list") => {
    checks.functionModule(option, name);
    functions.push({ option, name, ...(answers ? { answers } : {}) });
  };
  if (!isDriver(options.forward)) fail("forward", "must be a migration driver, e.g. batchMigration(internal.x.forward)");
  if (options.rollback !== undefined && !isDriver(options.rollback)) fail("rollback", "must be a migration driver");
  for (const direction of ["forward", "rollback"] as const) {
    for (const name of options[direction]?.functions ?? []) named(direction, name);
  }
  if (options.dataset !== undefined) checkDataset(options.dataset, fail);
  const table = options.table === undefined ? undefined : checks.table("table", options.table);
  // Every migration writes the app's bookkeeping tables: a spec's touches include them without saying so.
  const declaredTouches = options.touches === undefined ? undefined : checks.tables("touches", options.touches);
  const touches = declaredTouches && [...new Set([...declaredTouches, ...app.bookkeeping])];
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
  readPaths?.forEach((path, i) => named(`readPaths[${i}].query`, path.query, path.unordered ? "list" : undefined));
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
  // No dataset: the whole schema, sized around the batch boundaries (bookkeeping tables empty).
  const dataset = specDataset(app, options.dataset, batchSize);
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

