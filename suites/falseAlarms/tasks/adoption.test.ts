import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkMigration, defineApp, defineMigration } from "convex-migration-harness";
import schema from "./convex/schema";
import { app } from "./app";
import backfillPriority from "./backfillPriority.migration";
import statusToDone from "./statusToDone.migration";

/**
 * What this app says once, in defineApp and in each spec's options, instead
 * of in every spec: its bookkeeping tables, datasets as fromSchema's options,
 * and a read-back that follows a write to the document's parent.
 */
const withoutBookkeeping = defineApp({ schema, modules: app.modules, setupMemory: app.setupMemory });

describe("bookkeeping tables, declared once by the app", () => {
  test("a rollback that keeps its ledger (entries marked undone) passes roundTrip, which still fails without the declaration", async () => {
    const kept = await checkMigration(backfillPriority, { invariant: "roundTrip", runs: 10, seed: 1 });
    expect(kept.status, kept.status === "failed" ? kept.failure.summary : "").toBe("passed");
    const undeclared = await checkMigration(defineMigration(withoutBookkeeping, backfillPriority.options), { invariant: "roundTrip", runs: 10, seed: 1 });
    expect(undeclared.status).toBe("failed");
  });

  test("every spec touches them, and the default datasets leave them empty", async () => {
    expect(statusToDone.touches).toEqual(["tasks", "ledger", "issues"]);
    for (const dataset of fc.sample(statusToDone.dataset, { seed: 1, numRuns: 50 })) {
      expect([dataset.tables.ledger?.length ?? 0, dataset.tables.issues?.length ?? 0]).toEqual([0, 0]);
      expect(dataset.tables.tasks?.every((task) => task.done === undefined) ?? true).toBe(true);
    }
    const conserved = await checkMigration(statusToDone, { invariant: "conserves", runs: 10, seed: 1 });
    expect(conserved.status, conserved.status === "failed" ? conserved.failure.summary : "").toBe("passed");
  });

  test("a table the schema does not define is one line at construction", () => {
    expect(() => defineApp({ schema, modules: app.modules, bookkeeping: ["ledgr" as "ledger"] })).toThrow(
      'defineApp: `bookkeeping` names table "ledgr", which the schema does not define; known: projects, tasks, ledger, issues',
    );
  });
});

describe("a read-back that needs the written document's parent", () => {
  test("receives the seeded documents: renaming a task is read back on its project's page, with no query added to the app", async () => {
    const result = await checkMigration(statusToDone, { invariant: "concurrentWrites", runs: 10, seed: 1 });
    expect(result.status, result.status === "failed" ? result.failure.summary : "").toBe("passed");
  });
});
