/**
 * convex-migration-harness: property-based tests for Convex data migrations.
 * The core API, hand-picked: describe the app and its migrations, check
 * them, read the results. The vitest preset is in ./vitest, the app-side
 * helpers in ./convex, generators in ./generators, the container backend in
 * ./container.
 */
export { defineApp } from "./app.js";
export type { App, AppOptions, Identity, ModuleMap } from "./app.js";
export { defineMigration } from "./spec.js";
export type {
  AccountingHelpers,
  AppSnapshot,
  ConservationProblem,
  DataClassOptions,
  FaultOptions,
  MigrationSpec,
  MigrationSpecOptions,
  PlaintextSecret,
  ProgressOptions,
  SecretsOptions,
} from "./spec.js";
export type { Direction } from "./session.js";
export { batchMigration, componentMigration } from "./migration.js";
export type { BatchResult, ComponentMigrationOptions, MigrationDriver } from "./migration.js";
export { checkMigration } from "./check.js";
export type { CheckOptions } from "./check.js";
export { formatFailure } from "./format.js";
export type { CheckResult, FailedResult, NotApplicableResult, PassedResult, SkippedResult } from "./result.js";
export type { Crash, InvariantFailure } from "./violation.js";
export { invariantNames } from "./invariants/names.js";
export type { InvariantName } from "./invariants/names.js";
export { memoryBackend } from "./backends/memory.js";
export type { MemoryBackendOptions } from "./backends/memory.js";
export { externalBackend } from "./backends/external.js";
export type { ExternalBackendOptions } from "./backends/external.js";
export type { Backend, BackendKind, BackendProvider } from "./backends/backend.js";
export { canonicalize, stableStringify } from "./snapshot/canonical.js";
export { mapStrings } from "./snapshot/natives.js";
export type { Snapshot, SnapshotDocument } from "./snapshot/types.js";
export { docRef } from "./online/writes/docRef.js";
export type { AppWrite, LimitsOptions, ReadBack, ReadPath, ReadPathCall } from "./online/options.js";
export type { QuarantineOptions, QueryArgs, QueryEquivalenceOptions, References } from "./integrity.js";
export type { TransactionLimits } from "./online/limits/usage.js";
