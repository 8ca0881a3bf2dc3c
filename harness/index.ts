/**
 * The harness's public API. Hand-picked exports; see DESIGN.md section 3.
 */
export { defineApp, withExtraModules, TEST_MODE_VARIABLE } from "./app.js";
export type { App, AppOptions, ModuleMap, TestingFunctions } from "./app.js";
export { defineMigration } from "./spec.js";
export type { MigrationSpec, MigrationSpecOptions, ConservationProblem } from "./spec.js";
export { batchMigration } from "./migration.js";
export type { BatchResult, MigrationDriver } from "./migration.js";
export { checkMigration } from "./check.js";
export type { CheckOptions } from "./check.js";
export { migrationSuite } from "./suite.js";
export type { SuiteOptions } from "./suite.js";
export { formatFailure, formatResultLine, formatDataset } from "./format.js";
export type { CheckResult, FailedResult, PassedResult, NotApplicableResult, SkippedResult } from "./result.js";
export type { InvariantFailure, Crash } from "./violation.js";
export { invariantNames } from "./invariants/names.js";
export type { InvariantName } from "./invariants/names.js";
export { memoryBackend } from "./backends/memory.js";
export type { Backend, BackendKind, BackendProvider } from "./backends/backend.js";
export { runMigration, batchBound } from "./runner.js";
export type { RunOptions, RunOutcome, BatchRecord } from "./runner.js";
export { seedDataset } from "./data/seed.js";
export { readSnapshot } from "./data/read.js";
export { canonicalize } from "./snapshot/canonical.js";
export type { Snapshot, SnapshotDocument } from "./snapshot/types.js";
export { replayCommand, REPLAY_VARIABLE } from "./replay.js";
export { stableStringify } from "./snapshot/canonical.js";
export type { CanonicalSnapshot, CanonicalDocument, SchemaLike } from "./snapshot/canonical.js";
export { compareValues } from "./snapshot/compare.js";
export type { Comparison, Difference } from "./snapshot/compare.js";
export { formatDifferences } from "./snapshot/diff.js";
export { validateSnapshot, DOCUMENT_LIMITS, valueSize } from "./validate/index.js";
export type { DocumentProblem } from "./validate/index.js";
