import fc from "fast-check";
import { getFunctionName } from "convex/server";
import { invariantNames, isInvariantName } from "../model/invariantNames.js";
import type { MigrationDriver } from "./migration.js";
import type { DataClassOptions, FaultOptions, MigrationSpec, MigrationSpecOptions, ProgressOptions, ResolvedProgress, SecretsOptions } from "./types.js";
import type { Dataset } from "../model/dataset.js";
import { dataClassesOf, mergeDataClasses } from "../../generators/dataClassRegistry.js";
import type { SchemaChecks } from "./schemaChecks.js";
import type { App } from "../model/app.js";
import { fromSchema } from "../../generators/fromSchema.js";
import type { FromSchemaOptions } from "../../generators/options/fromSchemaOptions.js";

type Fail = (option: string, problem: string) => never;

export function isDriver(value: unknown): value is MigrationDriver {
  return typeof value === "object" && value !== null && typeof (value as MigrationDriver).runBatch === "function";
}

export function resolveProgress(progress: ProgressOptions, table: string | undefined, fail: Fail, checks: SchemaChecks): ResolvedProgress {
  if (typeof progress !== "object" || progress === null) return fail("progress", "must be an object { query, isMigrated }");
  const { query } = progress;
  if (typeof query !== "string" && (typeof query !== "object" || query === null)) {
    fail("progress.query", "must name the app's progress query, e.g. internal.progress.myMigration");
  }
  if (typeof progress.isMigrated !== "function") fail("progress.isMigrated", "must be a function (doc, snapshot) => boolean");
  const counted = progress.table ?? table;
  if (typeof counted !== "string") fail("progress.table", "is needed when the spec has no `table`");
  if (progress.table !== undefined) checks.table("progress.table", progress.table);
  const name = typeof query === "string" ? query : getFunctionName(query);
  checks.functionModule("progress.query", name);
  return Object.freeze({ query: name, args: { ...progress.args }, isMigrated: progress.isMigrated, table: counted! });
}

export function checkSecrets(secrets: SecretsOptions, fail: Fail, checks: SchemaChecks): void {
  if (typeof secrets !== "object" || secrets === null) fail("secrets", "must be an object { fields, isCiphertext }");
  if (typeof secrets.fields !== "object" || secrets.fields === null || Object.keys(secrets.fields).length === 0) {
    fail("secrets.fields", "must list secret fields per table, e.g. { apiKeys: [\"openai\"] }");
  }
  for (const [table, fields] of Object.entries(secrets.fields)) {
    checks.table(`secrets.fields.${table}`, table);
    if (!Array.isArray(fields) || fields.length === 0 || fields.some((f) => typeof f !== "string")) {
      fail(`secrets.fields.${table}`, "must be a non-empty array of field names");
    }
    fields.forEach((field, i) => checks.field(`secrets.fields.${table}[${i}]`, table, field));
  }
  if (typeof secrets.isCiphertext !== "function") fail("secrets.isCiphertext", "must be a function (value) => boolean");
  if (secrets.allowPlaintext !== undefined && typeof secrets.allowPlaintext !== "function") {
    fail("secrets.allowPlaintext", "must be a function");
  }
}

export function resolveRuns(runs: MigrationSpecOptions["runs"], fail: Fail): MigrationSpec["runs"] {
  const check = (where: string, n: unknown) => {
    if (!Number.isInteger(n) || (n as number) < 1) fail(where, `must be a positive integer, got ${String(n)}`);
  };
  if (runs === undefined) return {};
  if (typeof runs === "number") {
    check("runs", runs);
    return { default: runs };
  }
  if (typeof runs !== "object" || runs === null) return fail("runs", `must be a number or { invariant: runs }, got ${typeof runs}`);
  for (const [name, n] of Object.entries(runs)) {
    if (name !== "default" && !isInvariantName(name)) fail(`runs.${name}`, `is not an invariant (or "default"); known: ${invariantNames.join(", ")}`);
    check(`runs.${name}`, n);
  }
  return { ...runs };
}

/** A duration option in ms: a positive integer. */
export function resolveMs(value: number | undefined, option: string, fail: Fail): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 1) fail(option, `must be a positive number of milliseconds, got ${String(value)}`);
  return value;
}

export function checkFaults(faults: readonly FaultOptions[] | undefined, fail: Fail): void {
  if (faults === undefined) return;
  if (!Array.isArray(faults)) fail("faults", "must be an array of { name, invariant, bug, overrides, maxDocuments }");
  const names = new Set<string>();
  faults.forEach((fault, i) => {
    const at = `faults[${i}]`;
    if (typeof fault?.name !== "string" || !/^[A-Za-z][\w-]*$/.test(fault.name)) fail(`${at}.name`, "must be an identifier");
    if (names.has(fault.name)) fail(`${at}.name`, `"${fault.name}" is used twice`);
    names.add(fault.name);
    if (!isInvariantName(fault.invariant)) fail(`${at}.invariant`, `must be an invariant; known: ${invariantNames.join(", ")}`);
    if (typeof fault.bug !== "string" || fault.bug === "") fail(`${at}.bug`, "must say, in one sentence, what the bug is");
    if (typeof fault.overrides !== "function" && (typeof fault.overrides !== "object" || fault.overrides === null)) {
      fail(`${at}.overrides`, "must be spec options, e.g. { forward: batchMigration(...) }, or a function of the spec's options");
    }
    if (!Number.isInteger(fault.maxDocuments) || fault.maxDocuments < 0) fail(`${at}.maxDocuments`, "must be a non-negative integer");
  });
}

export function checkDataset(dataset: unknown, fail: Fail): void {
  if (dataset instanceof fc.Arbitrary) return;
  if (typeof dataset !== "object" || dataset === null || Array.isArray(dataset)) {
    fail("dataset", "must be a fast-check Arbitrary<Dataset>, or fromSchema's options over the app's schema ({ fields, tables, ... })");
  }
}

/**
 * The spec's datasets: its own arbitrary as it is, or fromSchema over the
 * app's schema with the spec's batch size and the given options. The app's
 * bookkeeping tables start empty unless the options size them: legacy data
 * is the data before any migration kept records.
 */
export function specDataset(app: App, dataset: fc.Arbitrary<Dataset> | FromSchemaOptions | undefined, batchSize: number): fc.Arbitrary<Dataset> {
  if (dataset instanceof fc.Arbitrary) return dataset;
  const own = dataset ?? {};
  const empty = app.bookkeeping.filter((table) => own.only === undefined || own.only.includes(table));
  const tables: FromSchemaOptions["tables"] = Object.fromEntries(empty.map((table) => [table, { size: 0 }]));
  return fromSchema(app.schema, { batchSize, ...own, tables: { ...tables, ...own.tables } });
}

/** The classes derived from the dataset's schema (when its generator registered them), plus the spec's own. */
export function specDataClasses(dataset: fc.Arbitrary<Dataset>, declared: DataClassOptions | undefined): DataClassOptions | undefined {
  const derived = dataClassesOf(dataset);
  if (derived === undefined) return declared;
  return declared === undefined ? derived : mergeDataClasses(derived, { classes: declared.classes, classify: (d) => [...declared.classify(d)] });
}
