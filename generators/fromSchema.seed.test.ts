import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { memoryBackend } from "../harness/index.js";
import { readSnapshot } from "../harness/engine/read.js";
import { seedDataset } from "../harness/engine/seed.js";
import { validateSnapshot } from "../harness/validate/index.js";
import { datasetSize } from "../harness/model/dataset.js";
import { fixtureApp } from "./testing/fixtureApp.js";
import { leagueSchema } from "./testing/leagueSchema.js";
import { fromSchema } from "./fromSchema.js";

const app = fixtureApp(leagueSchema);
/**
 * 200 under npm test (each seeds a fresh backend, ~15 ms, and a dataset
 * under size pressure many times that); HARNESS_RUNS=1000 for the figure in
 * docs/datasets.md.
 */
const DATASETS = Number(process.env.HARNESS_RUNS) || 200;

describe("fromSchema on a schema with a reference cycle, self-references, unions, records and arrays of objects", () => {
  test("every dataset seeds on the memory backend, and every document meets the schema and Convex's limits", async () => {
    const arbitrary = fromSchema(leagueSchema, { batchSize: 2, tables: { tickets: { orphans: 0.2 } } });
    let documents = 0;
    let patches = 0;
    for (const dataset of fc.sample(arbitrary, { seed: 20261201, numRuns: DATASETS })) {
      const backend = await memoryBackend().fresh(app);
      await seedDataset(app, backend, dataset);
      const problems = validateSnapshot(await readSnapshot(app, backend), leagueSchema);
      expect(problems, JSON.stringify(problems.slice(0, 3))).toEqual([]);
      documents += datasetSize(dataset);
      patches += dataset.patches?.length ?? 0;
    }
    console.log(`fromSchema: ${DATASETS} of ${DATASETS} datasets seeded and valid (${documents} documents, ${patches} patches applied after the inserts)`);
    expect(patches).toBeGreaterThan(0);
  });
});
