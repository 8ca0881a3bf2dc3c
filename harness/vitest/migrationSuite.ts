import type { InvariantTestsOptions } from "./register/invariants.js";
import type { MigrationSpec } from "../spec/types.js";
import { inVitestWorker } from "./worker.js";

export type SuiteOptions = Omit<InvariantTestsOptions, "file">;

// vitest's test API (describe, test, expect) may only be imported where
// tests run: vitest 3 throws "failed to access its internal state" when a
// config file imports it, and the config imports this entry for the preset.
const runtime = inVitestWorker() ? await import("./register/suite.js") : null;

/**
 * Registers a spec's invariant tests in the calling test file, for backends
 * the preset does not run on its own (an external deployment, a custom
 * provider). A spec file needs none of this: its default export is turned
 * into tests by the preset.
 *
 * @example
 * // tests/external.test.ts
 * import spec from "./apiKeysToTable.migration";
 * migrationSuite(spec, { backends: [externalBackend()] });
 */
export function migrationSuite(spec: MigrationSpec, options: SuiteOptions = {}): void {
  if (!runtime) throw new Error("migrationSuite registers tests: call it in a test file that vitest runs, not in a config file or a script");
  runtime.suite(spec, options);
}
