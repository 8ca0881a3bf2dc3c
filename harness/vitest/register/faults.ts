import { describe, expect, test } from "vitest";
import { datasetSize } from "../../model/dataset.js";
import { checkMigration, defaultRuns } from "../../invariants/check.js";
import { formatFailure } from "../../report/failure.js";
import { formatCaught } from "../../report/caught.js";
import { replayFor } from "../../engine/replay.js";
import { seedFromEnv } from "../../model/config.js";
import type { MigrationSpec, ResolvedFault } from "../../spec/types.js";
import { checkTimes } from "./timeouts.js";

/** Fixed, so that the fault catalogue is deterministic in CI; HARNESS_SEED (a seed sweep) and HARNESS_REPLAY win. */
export const FAULT_SEED = 20261125;

/** Where the spec file's tests live, for the replay command. */
interface Where {
  file?: string;
  project?: string;
  config?: string;
}

/**
 * One test per declared fault: the invariant it targets must catch the
 * broken variant at that invariant's default run count, with a replay
 * command, and shrinking must bring the counterexample down to the fault's
 * `maxDocuments`. A harness that never fails is worthless; these tests are
 * the proof that it fails. Replayed (HARNESS_REPLAY names the variant), the
 * test shows the failure itself, as a replay of any other failure does.
 */
export function faultTests(spec: MigrationSpec, where: Where): void {
  if (spec.faults.length === 0) return;
  describe(`${spec.name} faults`, () => {
    for (const fault of spec.faults) {
      const { testTimeoutMs } = checkTimes(fault.spec(), "memory");
      test(faultTestName(fault), async () => {
        console.log(await checkFault(spec, fault, where));
      }, testTimeoutMs);
    }
  });
}

/**
 * Checks one fault as its test does: throws when the invariant misses it or
 * shrinking leaves it too large, else returns what the test prints (the
 * counterexample and its replay command).
 */
export async function checkFault(spec: MigrationSpec, fault: ResolvedFault, where: Where): Promise<string> {
  const variant = fault.spec();
  const { timeLimitMs } = checkTimes(variant, "memory");
  const replaying = replayFor({ migration: variant.name, invariant: fault.invariant, backend: "memory" }) !== null;
  const runs = defaultRuns(variant, fault.invariant);
  const seed = seedFromEnv() ?? FAULT_SEED;
  const result = await checkMigration(variant, {
    invariant: fault.invariant,
    seed,
    runs,
    timeLimitMs,
    replay: { file: where.file, testName: [`${spec.name} faults`, faultTestName(fault)], project: where.project, config: where.config },
  });
  if (replaying) {
    if (result.status === "failed") throw new Error(formatFailure(result), { cause: result });
    throw new Error(`replaying ${variant.name} › ${fault.invariant}: the saved case did not fail (${result.status})`);
  }
  if (result.status !== "failed") {
    throw new Error(`${fault.invariant} did not catch ${variant.name} in ${runs} runs (its default, seed ${seed}): ${result.status}`);
  }
  expect(result.failure.invariant).toBe(fault.invariant);
  expect(result.replay).toContain(String(result.seed));
  expect(datasetSize(result.dataset), formatFailure(result)).toBeLessThanOrEqual(fault.maxDocuments);
  return formatCaught(result);
}

function faultTestName(fault: ResolvedFault): string {
  return `${fault.invariant} catches ${fault.bug}`;
}
