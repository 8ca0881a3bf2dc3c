/**
 * apiKeysToTable: legacy userSettings keys (an encrypted or plain JSON blob,
 * openaiKey, anthropicKey) move into one apiKeys row per user, each provider
 * encrypted on its own. Every invariant, on the in-memory backend.
 */
import { expect, test } from "vitest";
import { coverageOf, LEGACY_DATA_CLASSES, legacyDataClasses } from "../generators/index.js";
import { projectSuite } from "./remote/projectSuite.js";
import { apiKeysToTableSpec, BATCH_SIZE } from "./apiKeysToTable.spec.js";
import { app } from "./app.js";

const spec = apiKeysToTableSpec();

// In-memory under npm test; the run's Convex container under npm run test:container.
projectSuite(app, spec);

test("apiKeysToTable datasets reach every legacy data class", () => {
  // The same arbitrary the invariants draw from: a class it never generates is a class never tested.
  const counts = coverageOf(spec.dataset, (dataset) => legacyDataClasses(dataset, { batchSize: BATCH_SIZE }), {
    numRuns: 500,
    seed: 1,
    classes: LEGACY_DATA_CLASSES,
  });
  console.log(
    `apiKeysToTable coverage over 500 datasets:\n` +
      Object.entries(counts).map(([name, n]) => `  ${name.padEnd(32)} ${String(n).padStart(4)}`).join("\n"),
  );
  expect(Object.keys(counts).filter((name) => counts[name] === 0)).toEqual([]);
});
