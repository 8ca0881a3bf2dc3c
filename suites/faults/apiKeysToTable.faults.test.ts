/**
 * The harness must catch every fault in the catalogue with the invariant it
 * targets, and shrink the counterexample to a handful of documents. A harness
 * that never fails is worthless; this file is the proof that it fails.
 */
import { describe, expect, test } from "vitest";
import { datasetSize, legacyDataset } from "../../generators/index.js";
import { batchMigration, checkMigration, formatFailure } from "../../harness/index.js";
import { apiKeysToTableSpec } from "../apiKeysToTable.spec.js";
import { faultApp, faultName, faults } from "./catalogue.js";
import { overridesFor } from "./expectCaught.js";

/** Fixed, so that the catalogue is deterministic in CI; HARNESS_REPLAY still wins. */
const SEED = 20261125;
const FILE = "suites/faults/apiKeysToTable.faults.test.ts";

describe("apiKeysToTable faults", () => {
  for (const fault of faults.filter((f) => f.migration === "apiKeysToTable")) {
    const testName = `${fault.invariant} catches ${fault.bug}`;
    test(testName, async () => {
      const spec = apiKeysToTableSpec({
        name: faultName(fault),
        ...overridesFor(fault, apiKeysToTableSpec(), batchMigration),
        ...(fault.batchSize ? { batchSize: fault.batchSize, dataset: legacyDataset({ batchSize: fault.batchSize }) } : {}),
      });
      const result = await checkMigration(faultApp, spec, {
        invariant: fault.invariant,
        seed: SEED,
        runs: 100,
        replay: { file: FILE, testName: `apiKeysToTable faults ${testName}`, project: "memory" },
      });
      if (result.status !== "failed") throw new Error(`${fault.invariant} did not catch ${fault.module}: ${result.status}`);
      expect(result.failure.invariant).toBe(fault.invariant);
      expect(result.replay).toContain(String(result.seed));
      const size = datasetSize(result.dataset);
      expect(size, formatFailure(result)).toBeLessThanOrEqual(fault.maxDocuments);
      console.log(`${fault.module}: caught by ${fault.invariant}, shrunk to ${size} document(s) in ${result.shrinks} shrinks`);
    });
  }
});

describe("apiKeysToTable crashes", () => {
  test("a batch that throws is reported with its batch, cursor and document", async () => {
    const spec = apiKeysToTableSpec({
      name: "apiKeysToTable_throwsOnJsonArray",
      forward: batchMigration("faults/apiKeysToTable/throwsOnJsonArray:forward"),
    });
    const result = await checkMigration(faultApp, spec, { invariant: "roundTrip", seed: SEED, runs: 100 });
    if (result.status !== "failed") throw new Error(`the crash was not reported: ${result.status}`);
    const crash = result.failure.crash;
    expect(crash, formatFailure(result)).toBeDefined();
    expect(crash!.direction).toBe("forward");
    expect(crash!.batch).toBeGreaterThanOrEqual(1);
    expect(crash!.documentId).toBeDefined();
    expect(crash!.batchDocumentIds).toContain(crash!.documentId);
    const report = formatFailure(result);
    expect(report).toContain(`forward batch ${crash!.batch} (cursor `);
    expect(report).toContain(`the error names document ${crash!.documentId}`);
    // Shrinking keeps only what it takes: the document with the array blob and its user.
    expect(datasetSize(result.dataset)).toBeLessThanOrEqual(2);
  });
});
