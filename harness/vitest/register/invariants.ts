import { describe, expect, test } from "vitest";
import type { BackendKind, BackendProvider } from "../../model/backend.js";
import { checkMigration } from "../../invariants/check.js";
import { formatFailure } from "../../report/failure.js";
import { invariants } from "../../invariants/index.js";
import { invariantNames, isInvariantName, type InvariantName } from "../../model/invariantNames.js";
import type { CheckResult } from "../../model/result.js";
import type { MigrationSpec } from "../../spec/types.js";
import { checkTimes } from "./timeouts.js";

export interface InvariantTestsOptions {
  /** Backends to run on; default ["memory"]. */
  backends?: Array<BackendKind | BackendProvider>;
  /** Invariants to run; default every invariant (a fault's variant: its one invariant). */
  invariants?: readonly InvariantName[];
  /** The test file, relative to the project root, for replay commands. */
  file?: string;
  /** vitest project that runs this file ("" when the project has no name). */
  project?: string;
  /** The config file that file ran under, for replay commands, when vitest would not find it by itself. */
  config?: string;
  /** Property runs of every invariant (default: HARNESS_RUNS, else the spec's and the invariants' own counts). */
  runs?: number;
  /** The seed of each invariant's check (default: HARNESS_SEED, else a fresh one per check). */
  seed?: (invariant: InvariantName) => number;
}

/**
 * Registers one vitest test per (invariant, backend). A failure throws an
 * error whose message is the full report (seed, path, shrunk dataset, diff,
 * replay command); invariants that do not apply are reported as skipped
 * with the reason, never silently passed.
 */
export function invariantTests(spec: MigrationSpec, options: InvariantTestsOptions = {}): void {
  const chosen = options.invariants ?? [...invariantNames];
  for (const name of chosen) {
    if (!isInvariantName(name)) throw new Error(`unknown invariant "${name}"; known: ${invariantNames.join(", ")}`);
  }
  for (const backend of options.backends ?? ["memory"]) {
    const kind = typeof backend === "string" ? backend : backend.kind;
    const suiteName = `${spec.name} on ${kind}`;
    const { timeLimitMs, testTimeoutMs } = checkTimes(spec, kind);
    describe(suiteName, () => {
      for (const name of chosen) {
        const invariant = invariants[name];
        const reason = invariant.notApplicable(spec);
        const testName = `${name}: ${invariant.title}`;
        if (reason) {
          // Visible in the report as a skip with its reason, never as a pass; the
          // result in its meta carries the reason to every format of a certificate.
          const result: CheckResult = { migration: spec.name, invariant: name, backend: kind, status: "not-applicable", reason, durationMs: 0 };
          test.skip(`${testName} (not applicable: ${reason})`, { meta: { harnessMigration: spec.name, harnessResult: result } as never }, () => {});
          continue;
        }
        // The meta says which migration the test checks: certify's collect pass reads it.
        test(testName, { timeout: testTimeoutMs, meta: { harnessMigration: spec.name } as never }, async (context) => {
          const result = await checkMigration(spec, {
            invariant: name,
            backend,
            runs: options.runs,
            seed: options.seed?.(name),
            timeLimitMs,
            replay: { file: options.file, testName: [suiteName, testName], project: options.project, config: options.config },
          });
          // Reporters (certify) read the result from the test's meta.
          (context.task.meta as Record<string, unknown>).harnessResult = toMeta(result);
          if (result.status === "failed") throw new Error(formatFailure(result), { cause: result });
          if (result.status === "skipped") {
            // The backend cannot run here (no container runtime): say so, never pass.
            console.warn(`${spec.name} › ${name} [${kind}] skipped: ${result.reason}`);
            context.skip(result.reason);
          }
          if (result.status === "passed" && result.interrupted) {
            console.warn(`${spec.name} › ${name} [${kind}]: only ${result.runs} of ${result.interrupted.requestedRuns} runs within the check's time limit`);
          }
          // Passed on data the migration never acted on: said, so that nobody reads it as proof.
          if (result.status === "passed" && result.vacuous) console.warn(result.vacuous.message);
          expect(result.status).toBe("passed");
        });
      }
    });
  }
}

/** Longest string kept whole in test meta; a dataset under size pressure holds strings near 1 MiB. */
const META_STRING_LIMIT = 4_096;

/**
 * Test meta must be serializable and small enough to pass between workers:
 * keep the result, bigints as text, and long strings cut to their first
 * characters and their length (the seed and path in the result replay the
 * whole dataset).
 */
export function toMeta(result: CheckResult): unknown {
  return JSON.parse(
    JSON.stringify(result, (_key, value) => {
      if (typeof value === "bigint") return `${value}n`;
      if (typeof value === "string" && value.length > META_STRING_LIMIT) return `${value.slice(0, 200)}… (${value.length} characters; the replay command regenerates it)`;
      return value;
    }),
  );
}
