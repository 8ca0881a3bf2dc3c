import { describe, expect, test } from "vitest";
import { datasetSize } from "../../model/dataset.js";
import { checkMigration, defaultRuns } from "../../invariants/check.js";
import { formatFailure } from "../../report/failure.js";
import { replayFor } from "../../engine/replay.js";
import type { MigrationSpec } from "../../spec/types.js";
import { checkTimes } from "./timeouts.js";

/** Fixed, so that the fault catalogue is deterministic in CI; HARNESS_REPLAY still wins. */
export const FAULT_SEED = 20261125;

/**
 * One test per declared fault: the invariant it targets must catch the
 * broken variant at that invariant's default run count, with a replay
 * command, and shrinking must bring the counterexample down to the fault's
 * `maxDocuments`. A harness that never fails is worthless; these tests are
 * the proof that it fails. Replayed (HARNESS_REPLAY names the variant), the
 * test shows the failure itself, as a replay of any other failure does.
 */
export function faultTests(spec: MigrationSpec, where: { file?: string; project?: string }): void {
  if (spec.faults.length === 0) return;
  describe(`${spec.name} faults`, () => {
    for (const fault of spec.faults) {
      const testName = `${fault.invariant} catches ${fault.bug}`;
      const variant = fault.spec();
      const { timeLimitMs, testTimeoutMs } = checkTimes(variant, "memory");
      test(testName, async () => {
        const replaying = replayFor({ migration: variant.name, invariant: fault.invariant, backend: "memory" }) !== null;
        const runs = defaultRuns(variant, fault.invariant);
        const result = await checkMigration(variant, {
          invariant: fault.invariant,
          seed: FAULT_SEED,
          runs,
          timeLimitMs,
          replay: { file: where.file, testName: `${spec.name} faults ${testName}`, project: where.project },
        });
        if (replaying) {
          if (result.status === "failed") throw new Error(formatFailure(result), { cause: result });
          throw new Error(`replaying ${variant.name} › ${fault.invariant}: the saved case did not fail (${result.status})`);
        }
        if (result.status !== "failed") {
          throw new Error(`${fault.invariant} did not catch ${variant.name} in ${runs} runs (its default, seed ${FAULT_SEED}): ${result.status}`);
        }
        expect(result.failure.invariant).toBe(fault.invariant);
        expect(result.replay).toContain(String(result.seed));
        const size = datasetSize(result.dataset);
        expect(size, formatFailure(result)).toBeLessThanOrEqual(fault.maxDocuments);
        console.log(`${variant.name}: caught by ${fault.invariant}, shrunk to ${size} document(s) in ${result.shrinks} shrinks`);
      }, testTimeoutMs);
    }
  });
}
