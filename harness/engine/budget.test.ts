/**
 * Nothing hangs, and nothing found is lost: a batch that never returns
 * fails its run at the call's deadline with where it was stuck, and
 * shrinking stops at its budget with the smallest case found so far.
 */
import { describe, expect, test } from "vitest";
import { checkMigration } from "../invariants/check.js";
import { formatFailure } from "../report/failure.js";
import { batchMigration } from "../spec/migration.js";
import { notesDataset, notesSpec } from "../testing/notesSpec.js";

describe("deadlines", () => {
  const stuck = notesSpec({ name: "addSlug_hangs", forward: batchMigration("slugs:hangingForward"), dataset: notesDataset({ hang: true }), deadlineMs: 300, shrinkBudgetMs: 3000 });

  test("a batch that never returns fails the run at its deadline, naming batch, cursor and documents", async () => {
    const started = Date.now();
    const result = await checkMigration(stuck, { invariant: "terminates", seed: 7, runs: 30 });
    const ms = Date.now() - started;
    if (result.status !== "failed") throw new Error(`the stuck batch was not reported: ${result.status}`);
    expect(result.failure.kind).toBe("deadline");
    expect(result.failure.crash).toMatchObject({ kind: "deadline", direction: "forward" });
    expect(result.failure.summary).toMatch(/^forward batch \d+ did not return within 300 ms$/);
    const report = formatFailure(result);
    expect(report).toMatch(/forward batch \d+ \(cursor .*\) never returned: mutation slugs:hangingForward did not return within 300 ms/);
    expect(report).toMatch(/documents in that batch \(if every earlier batch took a full page\): notes\[\d+\]/);
    expect(report).toContain("the stuck backend was discarded");
    expect(report).toContain("HARNESS_REPLAY='addSlug_hangs.terminates.memory@");
    // Shrinking found the one note it takes, and its user.
    expect(result.dataset.tables.notes).toEqual([expect.objectContaining({ tags: ["hang"] })]);
    console.log(`a stuck batch reached its report in ${ms} ms (deadline 300 ms, ${result.shrinks} shrinks)`);
  });

  test("the run after a stuck one gets a fresh backend: the suite goes on", async () => {
    const result = await checkMigration(stuck.variant({ dataset: notesDataset() }), { invariant: "terminates", seed: 7, runs: 10 });
    expect(result.status).toBe("passed");
  });
});

describe("shrink budget", () => {
  test("shrinking stops at its budget and reports the smallest case so far, saying so", async () => {
    const lossy = notesSpec({ name: "addSlug_lossy", forward: batchMigration("slugs:lossyForward"), shrinkBudgetMs: 1 });
    const result = await checkMigration(lossy, { invariant: "roundTrip", seed: 3, runs: 50 });
    if (result.status !== "failed") throw new Error(`the lossy forward was not caught: ${result.status}`);
    expect(result.shrinkCutShort).toEqual({ budgetMs: 1 });
    expect(formatFailure(result)).toContain("Shrinking was cut short at its budget");
    expect(formatFailure(result)).toContain("HARNESS_SHRINK_BUDGET_MS");
  });

  test("with time to spare, the same failure shrinks to the one tagged note it takes", async () => {
    const lossy = notesSpec({ name: "addSlug_lossy", forward: batchMigration("slugs:lossyForward") });
    const result = await checkMigration(lossy, { invariant: "roundTrip", seed: 3, runs: 50 });
    if (result.status !== "failed") throw new Error(`the lossy forward was not caught: ${result.status}`);
    expect(result.shrinkCutShort).toBeUndefined();
    expect(result.dataset.tables.notes).toHaveLength(1);
  });
});
