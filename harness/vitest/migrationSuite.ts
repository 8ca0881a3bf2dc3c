import { expect } from "vitest";
import { invariantTests, type InvariantTestsOptions } from "./register/invariants.js";

export type SuiteOptions = Omit<InvariantTestsOptions, "file">;

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
export function migrationSuite(spec: Parameters<typeof invariantTests>[0], options: SuiteOptions = {}): void {
  invariantTests(spec, { ...options, file: relativeTestPath() });
}

function relativeTestPath(): string | undefined {
  const path = expect.getState().testPath;
  if (!path) return undefined;
  const cwd = process.cwd();
  return path.startsWith(cwd) ? path.slice(cwd.length + 1) : path;
}
