import { describe, expect, test } from "vitest";
import type { App } from "./app.js";
import type { BackendKind, BackendProvider } from "./backends/backend.js";
import { checkMigration } from "./check.js";
import { formatFailure } from "./format.js";
import { invariants } from "./invariants/index.js";
import { invariantNames, isInvariantName, type InvariantName } from "./invariants/names.js";
import type { CheckResult } from "./result.js";
import type { MigrationSpec } from "./spec.js";

export interface SuiteOptions {
  /** Backends to run on; default ["memory"]. */
  backends?: Array<BackendKind | BackendProvider>;
  /** Invariants to run; default every invariant. */
  invariants?: InvariantName[];
  /** Test file relative to the project root, for replay commands (default: vitest's). */
  file?: string;
  /** vitest project that runs this file, for replay commands (default: the backend's kind). */
  project?: string;
  /**
   * Property runs of every invariant of this suite (default: HARNESS_RUNS,
   * else the spec's and the invariants' own counts).
   */
  runs?: number;
}

/**
 * Registers one vitest test per (invariant, backend). A failure throws an
 * error whose message is the full report (seed, path, shrunk dataset, diff,
 * replay command); invariants that do not apply are reported as such, never
 * silently passed.
 *
 * @example
 * migrationSuite(app, spec, { backends: ["memory"] });
 */
export function migrationSuite(app: App, spec: MigrationSpec, options: SuiteOptions = {}): void {
  const chosen = options.invariants ?? [...invariantNames];
  for (const name of chosen) {
    if (!isInvariantName(name)) throw new Error(`migrationSuite: unknown invariant "${name}"; known: ${invariantNames.join(", ")}`);
  }
  for (const backend of options.backends ?? ["memory"]) {
    const kind = typeof backend === "string" ? backend : backend.kind;
    const suiteName = `${spec.name} on ${kind}`;
    describe(suiteName, () => {
      for (const name of chosen) {
        const invariant = invariants[name];
        const reason = invariant.notApplicable(spec);
        const testName = `${name}: ${invariant.title}`;
        if (reason) {
          // Visible in the report as a skip with its reason, never as a pass.
          test.skip(`${testName} (not applicable: ${reason})`, () => {});
          continue;
        }
        test(testName, async (context) => {
          const file = options.file ?? relativeTestPath();
          const result = await checkMigration(app, spec, {
            invariant: name,
            backend,
            runs: options.runs,
            replay: { file, testName: `${suiteName} ${testName}`, project: options.project ?? kind },
          });
          // Reporters (certify) read the result from the test's meta.
          (context.task.meta as Record<string, unknown>).harnessResult = toMeta(result);
          if (result.status === "failed") throw new Error(formatFailure(result), { cause: result });
          if (result.status === "skipped") {
            // The backend cannot run here (no container runtime): say so, never pass.
            console.warn(`${spec.name} › ${name} [${kind}] skipped: ${result.reason}`);
            context.skip(result.reason);
          }
          expect(result.status).toBe("passed");
        });
      }
    });
  }
}

function relativeTestPath(): string {
  const path = expect.getState().testPath ?? "";
  const cwd = process.cwd();
  return path.startsWith(cwd) ? path.slice(cwd.length + 1) : path;
}

/** Test meta must be serializable: keep the result, drop nothing but undefined. */
function toMeta(result: CheckResult): unknown {
  return JSON.parse(JSON.stringify(result, (_key, value) => (typeof value === "bigint" ? `${value}n` : value)));
}
