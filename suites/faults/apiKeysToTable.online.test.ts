/**
 * The online invariants on apiKeysToTable, beyond "the catalogue's faults are
 * caught": what their failures say, and what the memory backend's corrections
 * to convex-test are worth.
 */
import { describe, expect, test } from "vitest";
import { batchMigration, checkMigration, formatFailure, memoryBackend } from "../../harness/index.js";
import { apiKeysToTableSpec } from "../apiKeysToTable.spec.js";
import { app } from "../app.js";
import { faultApp } from "./catalogue.js";

const SEED = 20261125;

describe("apiKeysToTable online invariants", () => {
  test("a .filter() table scan passes withinLimits on convex-test's own counting, which is why the memory backend corrects it", async () => {
    const spec = apiKeysToTableSpec({ name: "apiKeysToTable_scansForRow", forward: batchMigration("faults/apiKeysToTable/scansForRow:forward") });
    const uncorrected = await checkMigration(faultApp, spec, {
      invariant: "withinLimits",
      backend: memoryBackend({ convexFilters: false }),
      seed: SEED,
      runs: 15,
    });
    expect(uncorrected.status).toBe("passed");
    const corrected = await checkMigration(faultApp, spec, { invariant: "withinLimits", seed: SEED, runs: 15 });
    expect(corrected.status).toBe("failed");
  });

  test("a batch over a (lowered) limit fails with what every batch used", async () => {
    const spec = apiKeysToTableSpec({ name: "apiKeysToTable_lowLimit", limits: { max: { documentsRead: 4 }, probeBatchSize: false } });
    const result = await checkMigration(app, spec, { invariant: "withinLimits", seed: SEED, runs: 30 });
    if (result.status !== "failed") throw new Error(`a limit of 4 documents read was not reported: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toMatch(/Scanned too many documents in a single function execution \(limit: 4\)/);
    expect(report).toContain("what each batch used, up to the one that threw:");
    expect(report).toMatch(/forward batch \d+ \[userSettings\[\d+(\.\.\d+)?\]\]: read \d+ docs/);
  });

  test("a lost write is reported with the batches and writes in the order they happened", async () => {
    const spec = apiKeysToTableSpec({
      name: "apiKeysToTable_rollbackRevertsNewerKey",
      rollback: batchMigration("faults/apiKeysToTable/rollbackRevertsNewerKey:rollback"),
    });
    const result = await checkMigration(faultApp, spec, { invariant: "concurrentWrites", seed: SEED, runs: 100 });
    if (result.status !== "failed") throw new Error(`the lost write was not reported: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toContain("what happened, in order:");
    expect(report).toMatch(/setApiKey\(\{ userId: users\[0\], provider: "\w+", key: "sk-new-[^"]*" \}\)/);
    expect(report).toMatch(/rollback batch 1/);
    expect(report).toContain("expected = the same writes with no migration, got = with the migration");
  });
});
