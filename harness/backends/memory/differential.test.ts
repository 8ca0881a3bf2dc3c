import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { runProgram, type Trace } from "./differential/drive.js";
import { program } from "./differential/programs.js";

/**
 * The memory engine answers what plain convex-test answers. Random schemas
 * and programs (inserts, patches, replaces, deletes, queries over every
 * index with every range operator and both orders, loops that write while
 * they read, pages with cursors kept across writes, filters, searches,
 * nested mutations and queries, a nested mutation and a top-level one that
 * throw) run on both; every operation's answer or error, every step's
 * transaction metrics and every index's final order must be the same.
 *
 * Runs: HARNESS_DIFF_RUNS (.github/workflows/nightly-fuzz.yml runs 1,000 a
 * night per shard), else a few seconds' worth; seed: HARNESS_SEED, else a
 * fixed one, so that npm test is stable.
 */
const RUNS = Number(process.env.HARNESS_DIFF_RUNS) || 30;
const SEED = Number(process.env.HARNESS_SEED) | 0 || 14;

/** What a step reported about its own transaction, which the engine's measurement must equal. */
function reportedUsage(trace: Trace, step: number): Record<string, number> | undefined {
  const outcome = trace.steps[step];
  if (!("ok" in outcome)) return undefined;
  const { documentsRead, bytesRead, documentsWritten, bytesWritten, databaseQueries } = (outcome.ok as { metrics: Record<string, number> }).metrics;
  return { documentsRead, bytesRead, documentsWritten, bytesWritten, databaseQueries };
}

describe("the memory engine against plain convex-test", () => {
  test("without the .filter() corrections it answers and counts exactly what convex-test does", async () => {
    await fc.assert(
      fc.asyncProperty(program({ oracle: false }), async (p) => {
        const plain = await runProgram(p, { engine: false, oracle: false });
        const engine = await runProgram(p, { engine: true, convexFilters: false });
        expect(engine.steps).toEqual(plain.steps);
        expect(engine.final).toEqual(plain.final);
        // The transaction-end hook measures what the step itself saw (a query or mutation is one transaction).
        for (const [i] of engine.steps.entries()) {
          const reported = reportedUsage(engine, i);
          if (reported) expect(engine.measured[i]).toEqual([reported]);
        }
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  test("with the corrections it answers and counts what production does (an oracle over plain convex-test)", async () => {
    await fc.assert(
      fc.asyncProperty(program({ oracle: true }), async (p) => {
        const oracle = await runProgram(p, { engine: false, oracle: true });
        const engine = await runProgram(p, { engine: true, convexFilters: true });
        expect(engine.steps).toEqual(oracle.steps);
        expect(engine.final).toEqual(oracle.final);
      }),
      { numRuns: RUNS, seed: SEED + 1 },
    );
  });
});
