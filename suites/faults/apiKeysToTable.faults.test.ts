/**
 * The harness must catch every fault in the catalogue with the invariant it
 * targets, and shrink the counterexample to a handful of documents. A harness
 * that never fails is worthless; this file is the proof that it fails.
 */
import { describe, expect, test } from "vitest";
import { datasetSize, legacyDataset } from "../../generators/index.js";
import { batchMigration, checkMigration, formatFailure } from "../../harness/index.js";
import { apiKeysToTableSpec } from "../apiKeysToTable.spec.js";
import { faultApp } from "./catalogue.js";
import { FAULT_SEED, faultSuite } from "./expectCaught.js";

faultSuite({
  migration: "apiKeysToTable",
  spec: apiKeysToTableSpec,
  driver: (fn) => batchMigration(fn),
  file: "suites/faults/apiKeysToTable.faults.test.ts",
  datasetFor: (batchSize) => legacyDataset({ batchSize }),
});

describe("apiKeysToTable crashes", () => {
  test("a batch that throws is reported with its batch, cursor and document", async () => {
    const spec = apiKeysToTableSpec({
      name: "apiKeysToTable_throwsOnJsonArray",
      forward: batchMigration("faults/apiKeysToTable/throwsOnJsonArray:forward"),
    });
    const result = await checkMigration(faultApp, spec, { invariant: "roundTrip", seed: FAULT_SEED, runs: 100 });
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
