import { expect } from "vitest";
import type { MigrationSpec } from "../../spec/types.js";
import { invariantTests, type InvariantTestsOptions } from "./invariants.js";

/** migrationSuite's work, inside a test file: the invariant tests, named by the calling file. */
export function suite(spec: MigrationSpec, options: Omit<InvariantTestsOptions, "file">): void {
  invariantTests(spec, { ...options, file: relativeTestPath() });
}

function relativeTestPath(): string | undefined {
  const path = expect.getState().testPath;
  if (!path) return undefined;
  const cwd = process.cwd();
  return path.startsWith(cwd) ? path.slice(cwd.length + 1) : path;
}
