/**
 * Peak memory of certifying one 10,000-document dataset on the memory
 * backend. convex-test scans a whole table for every indexed lookup, so a
 * direction over 5,000 settings rows is quadratic (about 100 s here); by
 * default the bench runs roundTrip and targetValid, which hold the dataset,
 * both snapshots and their views at once: the memory peak of any invariant.
 * BENCH_10K_INVARIANTS=roundTrip,idempotent,... runs more. Target: under 1 GiB.
 */
import fc from "fast-check";
import { test } from "vitest";
import { legacySettings, legacyUser, ref } from "../generators/index.js";
import { checkMigration, type InvariantName } from "../harness/index.js";
import apiKeysToTable from "../suites/apiKeysToTable.migration.js";
import { app } from "../suites/app.js";
import { recordFigure } from "./figures.js";

const DOCUMENTS = 10_000;
const INVARIANTS = (process.env.BENCH_10K_INVARIANTS ?? "roundTrip,targetValid").split(",") as InvariantName[];

test(`certification of one ${DOCUMENTS}-document dataset`, { timeout: 1_800_000 }, async () => {
  const users = DOCUMENTS / 2;
  const [dataset] = fc.sample(
    fc.tuple(fc.array(legacyUser(), { minLength: users, maxLength: users }), fc.array(legacySettings(), { minLength: users, maxLength: users })),
    { numRuns: 1, seed: 1 },
  );
  const fixed = { tables: { users: dataset[0], userSettings: dataset[1].map((doc, i) => ({ ...doc, userId: ref("users", i) })) } };
  const spec = apiKeysToTable.variant({ dataset: fc.constant(fixed), batchSize: 100 });
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    for (const invariant of INVARIANTS) {
      const result = await checkMigration(spec, { invariant, runs: 1, seed: 1 });
      if (result.status !== "passed") throw new Error(`${invariant} on ${DOCUMENTS} documents: ${result.status}`);
    }
  } finally {
    clearInterval(sampler);
  }
  const maxRssMiB = process.resourceUsage().maxRSS / 1024;
  recordFigure("certification10k", `${DOCUMENTS} documents`, {
    invariants: INVARIANTS.join(" "),
    seconds: (performance.now() - started) / 1000,
    peakRssMiB: Math.round(Math.max(peak / 2 ** 20, maxRssMiB)),
  });
});
