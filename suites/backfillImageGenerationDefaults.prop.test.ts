/**
 * backfillImageGenerationDefaults: an optional field gets its defaults where
 * it is absent; invalid legacy values are recorded in migrationIssues and left
 * in place. Written with @convex-dev/migrations and driven through the
 * component. Every invariant, on the in-memory backend, and the issue count.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { imageGenerationClass } from "../generators/index.js";
import { projectSuite } from "./remote/projectSuite.js";
import { app } from "./app.js";
import { backfillImageGenerationDefaultsSpec } from "./backfillImageGenerationDefaults.spec.js";
import { afterForward, recordedIssues } from "./migrationIssues.js";

const spec = backfillImageGenerationDefaultsSpec();
// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);

const VALID = new Set(["imageGeneration:absent", "imageGeneration:valid", "imageGeneration:defaults"]);

test("forward records every invalid imageGeneration in migrationIssues, and only those", async () => {
  let documents = 0;
  let invalid = 0;
  for (const dataset of fc.sample(spec.dataset, { seed: 20261125, numRuns: 12 })) {
    const after = await afterForward(app, spec, dataset);
    const recorded = recordedIssues(after, spec.name);
    const seeded = dataset.tables.userSettings;
    const expected = after.tables.userSettings
      .filter((_, i) => !VALID.has(imageGenerationClass(seeded[i].imageGeneration)))
      .map((doc) => doc._id);
    expect([...recorded].sort()).toEqual([...expected].sort());
    documents += seeded.length;
    invalid += recorded.size;
  }
  console.log(`backfillImageGenerationDefaults: ${invalid} of ${documents} userSettings documents recorded in migrationIssues (left in place)`);
  expect(invalid).toBeGreaterThan(0);
});
