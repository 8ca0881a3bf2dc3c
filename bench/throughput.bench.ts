/** Repetitions of the comparison with bare convex-test; the fastest of each side is kept (noise only ever adds time). */
const REPEATS = 3;

/**
 * Property runs per second for a full round trip (seed, forward, rollback,
 * two snapshots, compare) of apiKeysToTable at fixed dataset sizes, on the
 * memory backend; at the largest size, one run against the same run on the
 * harness over bare convex-test, and against its convex-test calls replayed
 * bare (bench/bare.ts): ratios in one run. Target at 2,000 documents: at
 * least 10x faster.
 */
import { test } from "vitest";
import { checkMigration, memoryBackend, type MigrationSpec } from "convex-migration-harness";
import apiKeysToTable from "../suites/apiKeysToTable.migration.js";
import { bareProvider, recording, replayBare, type Recorded } from "./bare.js";
import { legacyUsersDataset } from "./datasets.js";
import { recordFigure } from "./figures.js";
import { benchOptions, benchProgress } from "./options.js";

const sizes = benchOptions().sizes;
const largest = Math.max(...sizes);

for (const n of sizes) {
  // About 20 batches per direction whatever the size, as a team would choose.
  const batchSize = Math.max(3, n / 20);
  const runs = n <= 20 ? 50 : n <= 200 ? 10 : 3;
  test(`roundTrip at ${n} documents (batch size ${batchSize}, ${runs} runs)`, { timeout: 1_800_000 }, async () => {
    const spec = apiKeysToTable.variant({ dataset: legacyUsersDataset(n), batchSize });
    const started = performance.now();
    const result = await checkMigration(spec, { invariant: "roundTrip", runs, seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== "passed") throw new Error(`benchmark run did not pass: ${result.status}`);
    const figure: Record<string, number> = { runs, batchSize, seconds, runsPerSecond: runs / seconds };
    if (n === largest) Object.assign(figure, await againstBare(spec, n));
    recordFigure("roundTripRunsPerSecond", String(n), figure);
  });
}

/**
 * One property run on the memory backend against the same run on the
 * harness over bare convex-test, and against its own calls replayed on bare
 * convex-test with nothing around them, alternately.
 */
async function againstBare(spec: MigrationSpec, n: number): Promise<Record<string, number>> {
  const best = { engine: Infinity, harnessOnBare: Infinity, replay: Infinity };
  const run = async (backend: NonNullable<Parameters<typeof checkMigration>[1]["backend"]>) => {
    const started = performance.now();
    const result = await checkMigration(spec, { invariant: "roundTrip", runs: 1, seed: 2, backend });
    if (result.status !== "passed") throw new Error(`benchmark run did not pass: ${result.status}`);
    return performance.now() - started;
  };
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    benchProgress(`${n}-document round trip against bare convex-test, ${repeat + 1}/${REPEATS}`);
    const sessions: Recorded[] = [];
    best.engine = Math.min(best.engine, await run(recording(memoryBackend(), sessions)));
    best.replay = Math.min(best.replay, (await replayBare(sessions)).ms);
    best.harnessOnBare = Math.min(best.harnessOnBare, await run(bareProvider()));
  }
  return {
    engineSecondsPerRun: best.engine / 1000,
    harnessOnBareConvexTestSecondsPerRun: best.harnessOnBare / 1000,
    speedup: best.harnessOnBare / best.engine,
    bareCallsReplayedSecondsPerRun: best.replay / 1000,
    speedupOverReplayedCalls: best.replay / best.engine,
  };
}
