import { describe, expect, test } from "vitest";
import type { TestCase } from "vitest/node";
import { judge } from "../../certify/verdict.js";
import type { CheckResult } from "../../model/result.js";
import type { CoverageReport } from "../../report/coverage.js";
import { ResultCollector } from "./collector.js";

/** The part of a vitest TestCase the collector reads. */
function testCase(name: string, state: "passed" | "failed" | "skipped", meta: Record<string, unknown>, error = "failed"): TestCase {
  return {
    name,
    fullName: `notes.migration.ts > ${name}`,
    project: { name: "", config: { provide: {} } },
    meta: () => meta,
    result: () => ({ state, ...(state === "failed" ? { errors: [{ message: error }] } : {}) }),
  } as unknown as TestCase;
}

const passed: CheckResult = { migration: "addSlug", invariant: "idempotent", backend: "memory", status: "passed", runs: 100, seed: 1, durationMs: 40 };
const coverage: CoverageReport = { migration: "addSlug", declared: true, samples: 1000, seed: 1, minimum: 5, counts: { "notes:tagged": 400 }, classes: ["notes:tagged"] };
const verdictOf = (collector: ResultCollector) =>
  judge({ results: collector.results, errors: collector.errors, backends: [{ backend: "memory", ran: true }], coverage: collector.coverage });

describe("ResultCollector", () => {
  test("a coverage test that timed out fails the verdict, named, though its counts reached the minimum", () => {
    const collector = new ResultCollector();
    collector.onTestCaseResult(testCase("idempotent: forward twice", "passed", { harnessResult: passed }));
    collector.onTestCaseResult(testCase("addSlug datasets reach every data class", "failed", { harnessCoverage: coverage }, "Test timed out in 5000ms.\nIf this is a long-running test, ..."));
    const { verdict, reasons } = verdictOf(collector);
    expect(verdict).toBe("FAILED");
    expect(reasons[0]).toBe("1 test(s) failed: notes.migration.ts > addSlug datasets reach every data class: Test timed out in 5000ms.");
  });

  test("an invariant test that failed after its check passed (vitest's timeout) fails the verdict", () => {
    const collector = new ResultCollector();
    collector.onTestCaseResult(testCase("idempotent: forward twice", "failed", { harnessResult: passed }, "Test timed out in 60000ms."));
    expect(verdictOf(collector).verdict).toBe("FAILED");
  });

  test("a failed invariant or a coverage shortfall is named once, by what it found", () => {
    const collector = new ResultCollector();
    const failed = { ...passed, status: "failed", path: "1", shrinks: 0, dataset: { tables: {} }, params: null, failure: { invariant: "idempotent", summary: "x" }, replay: "r" } as CheckResult;
    collector.onTestCaseResult(testCase("idempotent: forward twice", "failed", { harnessResult: failed }));
    collector.onTestCaseResult(testCase("addSlug datasets reach every data class", "failed", { harnessCoverage: { ...coverage, counts: { "notes:tagged": 2 } } }));
    expect(collector.errors).toEqual([]);
    expect(verdictOf(collector).reasons).toEqual([
      "1 invariant check(s) failed: addSlug › idempotent [memory]",
      "1 data class(es) below their minimum: addSlug notes:tagged (2/5)",
    ]);
  });

  test("an invariant that does not apply is a result with its reason, not a bare skip", () => {
    const collector = new ResultCollector();
    const notApplicable: CheckResult = { migration: "addSlug", invariant: "roundTrip", backend: "memory", status: "not-applicable", reason: "the spec declares no `rollback`", durationMs: 0 };
    collector.onTestCaseResult(testCase("roundTrip: ... (not applicable: the spec declares no `rollback`)", "skipped", { harnessResult: notApplicable }));
    expect(collector.results).toEqual([notApplicable]);
    expect(collector.skipped).toEqual([]);
  });
});
