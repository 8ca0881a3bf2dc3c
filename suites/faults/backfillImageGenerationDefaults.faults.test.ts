/**
 * The harness must catch every catalogued fault of backfillImageGenerationDefaults with the
 * invariant it targets, and shrink the counterexample to a handful of documents.
 */
import { internal } from "../../convex/_generated/api";
import { describe, expect, test, vi } from "vitest";
import { datasetSize } from "../../generators/index.js";
import { checkMigration, componentMigration, formatFailure } from "../../harness/index.js";
import { backfillImageGenerationDefaultsSpec } from "../backfillImageGenerationDefaults.spec.js";
import { faultApp } from "./catalogue.js";
import { FAULT_SEED, faultSuite } from "./expectCaught.js";

faultSuite({
  migration: "backfillImageGenerationDefaults",
  spec: backfillImageGenerationDefaultsSpec,
  driver: (fn) => componentMigration(fn, { runner: internal.migrations.component.runBatch }),
  file: "suites/faults/backfillImageGenerationDefaults.faults.test.ts",
});

describe("backfillImageGenerationDefaults crashes", () => {
  test("a component batch that throws is reported with its batch, cursor and document", async () => {
    const spec = backfillImageGenerationDefaultsSpec({
      name: "backfillImageGenerationDefaults_throwsOnNonObject",
      forward: componentMigration("faults/backfillImageGenerationDefaults/throwsOnNonObject:forward", {
        runner: internal.migrations.component.runBatch,
      }),
    });
    // The component logs every failed batch with console.error; shrinking makes dozens.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await checkMigration(faultApp, spec, { invariant: "idempotent", seed: FAULT_SEED, runs: 100 }).finally(() => quiet.mockRestore());
    if (result.status !== "failed") throw new Error(`the crash was not reported: ${result.status}`);
    const crash = result.failure.crash;
    expect(crash, formatFailure(result)).toBeDefined();
    expect(crash!.direction).toBe("forward");
    expect(crash!.message).toContain("cannot read imageGeneration.model");
    expect(crash!.batchDocumentIds).toContain(crash!.documentId);
    // The crashed batch committed nothing, component state included: one settings document and its user.
    expect(datasetSize(result.dataset)).toBeLessThanOrEqual(2);
  });
});
