/**
 * What the harness's failures say on the chat app, beyond "each fault is
 * caught": a crash names its batch, cursor and document; a limit names what
 * every batch used; a lost write shows what happened in order; a search
 * that truncates shows the thread it lost. And what the memory backend's
 * corrections to convex-test are worth.
 */
import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { batchMigration, checkMigration, componentMigration, formatFailure, memoryBackend } from "convex-migration-harness";
import { datasetSize, ref, type Dataset } from "./generators/index.js";
import { internal } from "../convex/_generated/api";
import apiKeysToTable from "./apiKeysToTable.migration.js";
import backfillImageGenerationDefaults from "./backfillImageGenerationDefaults.migration.js";
import threadSearch from "./threadSearch.migration.js";
import { faultFunction } from "./faults/modules.js";

const SEED = 20261125;

describe("crashes", () => {
  test("a batch that throws is reported with its batch, cursor and document", async () => {
    const spec = apiKeysToTable.variant({ name: "apiKeysToTable_throwsOnJsonArray", forward: batchMigration(faultFunction("apiKeysToTable/throwsOnJsonArray", "forward")) });
    const result = await checkMigration(spec, { invariant: "roundTrip", seed: SEED, runs: 100 });
    if (result.status !== "failed") throw new Error(`the crash was not reported: ${result.status}`);
    const crash = result.failure.crash;
    expect(crash, formatFailure(result)).toBeDefined();
    expect(crash!.direction).toBe("forward");
    expect(crash!.batch).toBeGreaterThanOrEqual(1);
    // Documents are named as the dataset names them, never by raw id.
    expect(crash!.document).toMatch(/^userSettings\[\d+\]$/);
    expect(crash!.batchDocuments).toContain(crash!.document);
    const report = formatFailure(result);
    expect(report).toContain(`forward batch ${crash!.batch} (cursor `);
    expect(report).toContain(`the error names document ${crash!.document}`);
    expect(report).not.toMatch(/\d{10,}userSettings/);
    // Shrinking keeps only what it takes: the document with the array blob and its user.
    expect(datasetSize(result.dataset)).toBeLessThanOrEqual(2);
  });

  test("a component batch that throws is reported with its batch, cursor and document", async () => {
    const spec = backfillImageGenerationDefaults.variant({
      name: "backfillImageGenerationDefaults_throwsOnNonObject",
      forward: componentMigration(faultFunction("backfillImageGenerationDefaults/throwsOnNonObject", "forward"), { runner: internal.migrations.component.runBatch }),
    });
    // The component logs every failed document and batch with console.error, on every shrink step
    // (16 messages here): a check shows its first 5, ids named as the dataset names them, and counts the rest.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await checkMigration(spec, { invariant: "idempotent", seed: SEED, runs: 100 });
    const logged = quiet.mock.calls.map((args) => String(args[0]));
    quiet.mockRestore();
    expect(logged).toHaveLength(5);
    expect(logged[0]).toMatch(/^Document failed: userSettings\[\d+\]$/);
    if (result.status !== "failed") throw new Error(`the crash was not reported: ${result.status}`);
    const crash = result.failure.crash;
    expect(crash, formatFailure(result)).toBeDefined();
    expect(crash!.direction).toBe("forward");
    expect(crash!.message).toContain("cannot read imageGeneration.model");
    expect(crash!.batchDocuments).toContain(crash!.document);
    // The crashed batch committed nothing, component state included: one settings document and its user.
    expect(datasetSize(result.dataset)).toBeLessThanOrEqual(2);
  });
});

describe("online invariants", () => {
  test("a .filter() table scan passes withinLimits on convex-test's own counting, which is why the memory backend corrects it", async () => {
    const spec = apiKeysToTable.variant({ name: "apiKeysToTable_scansForRow", forward: batchMigration(faultFunction("apiKeysToTable/scansForRow", "forward")) });
    const uncorrected = await checkMigration(spec, { invariant: "withinLimits", backend: memoryBackend({ convexFilters: false }), seed: SEED, runs: 15 });
    expect(uncorrected.status).toBe("passed");
    const corrected = await checkMigration(spec, { invariant: "withinLimits", seed: SEED, runs: 15 });
    expect(corrected.status).toBe("failed");
  });

  test("a batch over a (lowered) limit fails with what every batch used", async () => {
    const spec = apiKeysToTable.variant({ name: "apiKeysToTable_lowLimit", limits: { max: { documentsRead: 4 }, probeBatchSize: false } });
    const result = await checkMigration(spec, { invariant: "withinLimits", seed: SEED, runs: 30 });
    if (result.status !== "failed") throw new Error(`a limit of 4 documents read was not reported: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toMatch(/Scanned too many documents in a single function execution \(limit: 4\)/);
    expect(report).toContain("what each batch used, up to the one that threw:");
    expect(report).toMatch(/forward batch \d+ \[userSettings\[\d+(\.\.\d+)?\]\]: read \d+ docs/);
  });

  test("a lost write is reported with the batches and writes in the order they happened", async () => {
    const spec = apiKeysToTable.faults.find((f) => f.name === "rollbackRevertsNewerKey")!.spec();
    const result = await checkMigration(spec, { invariant: "concurrentWrites", seed: SEED, runs: 100 });
    if (result.status !== "failed") throw new Error(`the lost write was not reported: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toContain("what happened, in order:");
    expect(report).toMatch(/setApiKey\(\{ userId: users\[0\], provider: "\w+", key: "sk-new-[^"]*" \}\)/);
    expect(report).toMatch(/rollback batch 1/);
    expect(report).toContain("expected = the same writes with no migration, got = with the migration");
  });
});

describe("threadSearch: the guide's search and other users' threads", () => {
  test("queryEquivalent shows a user's only match crowded out by 20 threads of another user", async () => {
    const crowd: Dataset = {
      tables: {
        users: [{ name: "Ann", email: "ann@example.com" }, { name: "Bo", email: "bo@example.com" }],
        threads: [
          ...Array.from({ length: 20 }, (_, i) => ({ userId: ref("users", 0), title: `plan ${i}` })),
          { userId: ref("users", 1), title: "plan holiday" },
        ],
      },
    };
    const fault = threadSearch.faults.find((f) => f.name === "takesTwentyThenFilters")!.spec();
    const spec = fault.variant({ name: "threadSearch_otherUsersCrowdOut", dataset: fc.constant(crowd) });
    const result = await checkMigration(spec, { invariant: "queryEquivalent", seed: SEED, runs: 1 });
    if (result.status !== "failed") throw new Error(`queryEquivalent did not catch the crowd: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toContain('"query":"plan"');
    expect(report).toMatch(/old returned 1, new returned 0\n\s+missing from new: 1\n\s+threads\[\d+\] \{ title: "plan holiday"/);
  });
});
