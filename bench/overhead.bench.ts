/**
 * Harness overhead per invariant: a property run's wall time against the
 * bare convex-test calls it makes (recorded, then replayed on fresh
 * convexTest instances with nothing around them: bench/bare.ts). The ratio
 * is what the harness costs on top of convex-test (target: at most 1.3;
 * with the memory engine it is below 1, the harness being faster than the
 * calls it makes are on plain convex-test). Each side is measured five
 * times, alternately, and the fastest is kept.
 */
import { test } from "vitest";
import { checkMigration, invariantNames, memoryBackend } from "convex-migration-harness";
// Each invariant's default run count, to scale the figure: the harness's internal catalogue knows it.
import { defaultRuns } from "../harness/invariants/check.js";
import apiKeysToTable from "../suites/apiKeysToTable.migration.js";
import { recording, replayBare, type Recorded } from "./bare.js";
import { recordFigure } from "./figures.js";

/** Repetitions of each measurement; the fastest is kept, since noise on a shared machine only ever adds time. */
const REPEATS = 5;
/** Property runs per measurement. */
const RUNS = 20;

for (const invariant of invariantNames) {
  test(`overhead of ${invariant}`, async () => {
    const spec = apiKeysToTable;
    // Warm up first (module loading, JIT): the figure is the steady state, which is what a suite pays.
    await checkMigration(spec, { invariant, runs: 3, seed: 99 });
    let harnessMs = Infinity;
    let bareMs = Infinity;
    let calls = 0;
    let inCallsMs = Infinity;
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const sessions: Recorded[] = [];
      const started = performance.now();
      const result = await checkMigration(spec, { invariant, runs: RUNS, seed: 1, backend: recording(memoryBackend(), sessions) });
      harnessMs = Math.min(harnessMs, performance.now() - started);
      if (result.status === "not-applicable") return;
      if (result.status !== "passed") throw new Error(`${invariant} did not pass: ${result.status}`);
      bareMs = Math.min(bareMs, (await replayBare(sessions)).ms);
      calls = sessions.reduce((n, s) => n + s.calls.length, 0);
      inCallsMs = Math.min(inCallsMs, sessions.reduce((n, s) => n + s.inCallsMs, 0));
    }
    // What this invariant costs npm test in this suite: its default run count at this pace.
    const runs = defaultRuns(spec, invariant);
    recordFigure("overhead", invariant, {
      defaultRuns: runs,
      defaultRunsMs: Math.round((harnessMs / RUNS) * runs),
      harnessMs: Math.round(harnessMs),
      bareConvexTestMs: Math.round(bareMs),
      ratio: harnessMs / bareMs,
      // The same calls timed inside the harness run: what they cost there beyond bareConvexTestMs is
      // the backend's corrections and the harness's garbage; the rest of harnessMs is harness code.
      inCallsMs: Math.round(inCallsMs),
      calls,
    });
  });
}
