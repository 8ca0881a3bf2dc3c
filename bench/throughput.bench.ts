/**
 * Property runs per second for a full round trip (seed, forward, rollback,
 * two snapshots, compare) of apiKeysToTable at fixed dataset sizes. Run by
 * `npm run bench` (harness/cli/bench.ts), never by `npm test`: timings on a
 * shared machine are figures to report, not assertions.
 */
import fc from "fast-check";
import { test } from "vitest";
import { legacySettings, legacyUser, ref, type Dataset } from "../generators/index.js";
import { checkMigration } from "../harness/index.js";
import apiKeysToTable from "../suites/apiKeysToTable.migration.js";
import { app } from "../suites/app.js";
import { recordFigure } from "./figures.js";

/** Half users, half settings rows (one per user): n documents in all. */
function datasetOf(n: number): fc.Arbitrary<Dataset> {
  const users = n / 2;
  return fc
    .tuple(
      fc.array(legacyUser(), { minLength: users, maxLength: users }),
      fc.array(legacySettings(), { minLength: users, maxLength: users }),
    )
    .map(([userDocs, settings]) => ({
      tables: { users: userDocs, userSettings: settings.map((doc, i) => ({ ...doc, userId: ref("users", i) })) },
    }));
}

const sizes = (process.env.BENCH_SIZES ?? "20,200,2000").split(",").map(Number);

for (const n of sizes) {
  // About 20 batches per direction whatever the size, as a team would choose.
  const batchSize = Math.max(3, n / 20);
  const runs = n <= 20 ? 50 : n <= 200 ? 10 : 3;
  test(`roundTrip at ${n} documents (batch size ${batchSize}, ${runs} runs)`, async () => {
    const spec = apiKeysToTable.variant({ dataset: datasetOf(n), batchSize });
    const started = performance.now();
    const result = await checkMigration(spec, { invariant: "roundTrip", runs, seed: 1 });
    const seconds = (performance.now() - started) / 1000;
    if (result.status !== "passed") throw new Error(`benchmark run did not pass: ${result.status}`);
    recordFigure("roundTripRunsPerSecond", String(n), { runs, batchSize, seconds, runsPerSecond: runs / seconds });
  });
}
