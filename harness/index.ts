/**
 * convex-migration-harness: property-based tests for Convex data migrations.
 * The core API, hand-picked: describe the app and its migrations, check
 * them, read the results. The vitest preset is in ./vitest, the app-side
 * helpers in ./convex, generators in ./generators, the container backend in
 * ./container.
 */
export { defineApp } from "./model/app.js";
export type { App, AppOptions, Identity, ModuleMap } from "./model/app.js";
export { defineMigration } from "./spec/define.js";
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
} from "./spec/types.js";
export type { Direction } from "./model/direction.js";
export { batchMigration, componentMigration } from "./spec/migration.js";
export type { BatchResult, ComponentMigrationOptions, MigrationDriver } from "./spec/migration.js";
export { checkMigration } from "./invariants/check.js";
export type { CheckOptions } from "./engine/check.js";
export { formatFailure } from "./report/failure.js";
export type { CheckResult, FailedResult, NotApplicableResult, PassedResult, SkippedResult } from "./model/result.js";
export type { Crash, InvariantFailure } from "./model/violation.js";
export { invariantNames } from "./model/invariantNames.js";
export type { InvariantName } from "./model/invariantNames.js";
export { memoryBackend } from "./backends/memory/provider.js";
export type { MemoryBackendOptions } from "./backends/memory/provider.js";
export { externalBackend } from "./backends/remote/external.js";
export type { ExternalBackendOptions } from "./backends/remote/external.js";
export type { Backend, BackendKind, BackendProvider } from "./model/backend.js";
export { canonicalize, stableStringify } from "./snapshot/canonical.js";
export { mapStrings } from "./model/values.js";
export type { Snapshot, SnapshotDocument } from "./model/snapshot.js";
export { docRef } from "./spec/docRef.js";
export type { AppWrite, LimitsOptions, ReadBack, ReadPath, ReadPathCall } from "./spec/onlineOptions.js";
export type { QuarantineOptions, QueryArgs, QueryEquivalenceOptions, References } from "./spec/integrityOptions.js";
export type { TransactionLimits } from "./model/limits.js";
