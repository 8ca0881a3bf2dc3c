/**
 * encryptPlaintextKeys: plaintext provider values in apiKeys are encrypted,
 * encrypted ones left alone; rollback decrypts only what forward encrypted.
 * Batch protocol. Every invariant, on the in-memory backend, and the issue count.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { providerValueClasses } from "../generators/index.js";
import { projectSuite } from "./remote/projectSuite.js";
import { app } from "./app.js";
import { encryptPlaintextKeysSpec } from "./encryptPlaintextKeys.spec.js";
import { afterForward, recordedIssues } from "./migrationIssues.js";

const spec = encryptPlaintextKeysSpec();
// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);

test("forward records every row with a value it cannot encrypt in migrationIssues, and only those", async () => {
  let rows = 0;
  let recordedRows = 0;
  for (const dataset of fc.sample(spec.dataset, { seed: 20261125, numRuns: 10 })) {
    const after = await afterForward(app, spec, dataset);
    const recorded = recordedIssues(after, spec.name);
    const seeded = dataset.tables.apiKeys;
    const expected = after.tables.apiKeys
      .filter((_, i) => Object.values(seeded[i]).some((value) => providerValueClasses(value as never).includes("value:lone-surrogate")))
      .map((row) => row._id);
    expect([...recorded].sort()).toEqual([...expected].sort());
    rows += seeded.length;
    recordedRows += recorded.size;
  }
  console.log(`encryptPlaintextKeys: ${recordedRows} of ${rows} apiKeys rows recorded in migrationIssues (a value left in place)`);
  expect(recordedRows).toBeGreaterThan(0);
});
