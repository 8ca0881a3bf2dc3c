/**
 * Certifying one 10,000-document dataset of apiKeysToTable on the memory
 * backend with every applicable invariant, one run each: total time, each
 * invariant's time and the peak memory. Targets: under 120 s and 1 GiB.
 *
 * Invariants whose parameter is a batch size run at the spec's (100), as a
 * team certifies its migration: at batch size 1 readPathStable calls the
 * read path for every user, and progressTruthful reads the whole database,
 * after each of 5,000 batches per direction, which no engine makes fast.
 *
 * With `--bare-heavy <seconds>`, the convex-test calls of roundTrip and
 * targetValid (what this bench used to run) are also replayed on bare
 * convex-test for at most that long: its figure beside the engine's.
 */
import fc from "fast-check";
import { test } from "vitest";
import { checkMigration, formatFailure, invariantNames, memoryBackend, type InvariantName, type MigrationSpec } from "convex-migration-harness";
// Which invariants apply, without running them: the catalogue is the harness's internal one.
import { invariants } from "../harness/invariants/index.js";
import apiKeysToTable from "../suites/apiKeysToTable.migration.js";
import { recording, replayBare, type Recorded } from "./bare.js";
import { recordFigure } from "./figures.js";
import { benchOptions, benchProgress } from "./options.js";
import { peakMemory } from "./peakMemory.js";
import { legacyUsersDataset } from "./datasets.js";

const DOCUMENTS = 10_000;
/** Invariants whose parameter is the batch size they run at. */
const BATCH_SIZED: readonly InvariantName[] = ["progressTruthful", "readPathStable", "terminates", "withinLimits"];

test(`certification of one ${DOCUMENTS}-document dataset with every applicable invariant`, { timeout: 3_600_000 }, async () => {
  const [dataset] = fc.sample(legacyUsersDataset(DOCUMENTS), { numRuns: 1, seed: 1 });
  const spec = apiKeysToTable.variant({ dataset: fc.constant(dataset), batchSize: 100 });
  const applicable = invariantNames.filter((name) => invariants[name].notApplicable(spec) === null);
  const memory = peakMemory();
  const times: Record<string, number> = {};
  const started = performance.now();
  try {
    for (const [i, invariant] of applicable.entries()) {
      benchProgress(`${invariant} (${i + 1}/${applicable.length}) on ${DOCUMENTS} documents`);
      const began = performance.now();
      const atSpecBatch = BATCH_SIZED.includes(invariant) ? { counterexample: { dataset, params: spec.batchSize } } : {};
      const result = await checkMigration(spec, { invariant, runs: 1, seed: 1, ...atSpecBatch });
      times[invariant] = (performance.now() - began) / 1000;
      if (result.status === "failed") throw new Error(`${invariant} on ${DOCUMENTS} documents failed:\n${formatFailure(result).split("\n").slice(0, 12).join("\n")}`);
      if (result.status !== "passed") throw new Error(`${invariant} on ${DOCUMENTS} documents: ${result.status}`);
    }
  } finally {
    memory.stop();
  }
  const seconds = (performance.now() - started) / 1000;
  const perInvariant = Object.entries(times).map(([name, s]) => `${name} ${s.toFixed(1)}`).join(", ");
  recordFigure("certification10k", `${DOCUMENTS} documents`, { invariants: applicable.length, seconds, peakRssMiB: memory.peakMiB(), perInvariantSeconds: perInvariant });
  const budget = benchOptions().bareHeavySeconds;
  if (budget > 0) await bareFigure(spec, times, budget);
});

/** roundTrip and targetValid replayed on bare convex-test, for at most `budget` seconds. */
async function bareFigure(spec: MigrationSpec, times: Record<string, number>, budget: number): Promise<void> {
  const two: InvariantName[] = ["roundTrip", "targetValid"];
  const sessions: Recorded[] = [];
  for (const invariant of two) await checkMigration(spec, { invariant, runs: 1, seed: 1, backend: recording(memoryBackend(), sessions) });
  benchProgress(`replaying roundTrip and targetValid on bare convex-test (at most ${budget} s)`);
  const bare = await replayBare(sessions, budget * 1000);
  recordFigure("certification10kBare", "roundTrip targetValid", {
    engineSeconds: two.reduce((n, name) => n + (times[name] ?? 0), 0),
    bareConvexTestSeconds: bare.ms / 1000,
    bareCallsReplayed: `${bare.calls} of ${bare.of}${bare.calls < bare.of ? " (stopped at the budget)" : ""}`,
  });
}
