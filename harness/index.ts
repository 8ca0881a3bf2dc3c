/**
 * convex-migration-harness: property-based tests for Convex data migrations.
 * The core API: describe the app and its migrations, check them, read the
 * results. The vitest preset is in ./vitest, the app-side helpers in
 * ./convex, generators in ./generators, the container backend in ./container.
 */
export { defineApp } from "./model/app.js";
export type { App } from "./model/app.js";
export { defineMigration } from "./spec/define.js";
export type { MigrationSpec, MigrationSpecOptions, ConservationProblem } from "./spec/types.js";
export { batchMigration, componentMigration } from "./spec/migration.js";
export { docRef } from "./spec/docRef.js";
export type { Direction } from "./model/direction.js";
export type { Snapshot, SnapshotDocument } from "./model/snapshot.js";
export { checkMigration } from "./invariants/check.js";
export type { CheckResult } from "./model/result.js";
export { formatFailure } from "./report/failure.js";
export { invariantNames } from "./model/invariantNames.js";
export type { InvariantName } from "./model/invariantNames.js";
export { memoryBackend } from "./backends/memory/provider.js";
export { externalBackend } from "./backends/remote/external.js";
