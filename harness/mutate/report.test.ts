// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { countMutants, type MutantRecord } from "./classify.js";
import { readMutationReport, recordMigration } from "./report.js";
import type { MigrationMutation } from "./results.js";
import { mutationScores } from "./scores.js";

const root = mkdtempSync(join(tmpdir(), "mutate-report-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const survivor: MutantRecord = {
  id: "7", file: "convex/lib/m.ts", line: 12, column: 9, mutator: "ConditionalExpression", original: "row !== null", mutated: "true",
  outcome: "survived", invariants: ["conserves", "roundTrip"],
};
const equivalent: MutantRecord = { ...survivor, id: "8", outcome: "equivalent", original: "`a`", reason: "equivalent: only a message" };
const killed: MutantRecord = { ...survivor, id: "9", outcome: "killed", killedBy: "roundTrip", how: "violation", invariants: ["terminates", "conserves", "roundTrip"] };
const everywhere: MutantRecord = { ...survivor, id: "10", line: 20, invariants: ["terminates", "conserves", "roundTrip"] };
const migration = (name: string, more: Partial<MigrationMutation> = {}): MigrationMutation => {
  const mutants = [survivor, equivalent, killed, everywhere];
  return {
    migration: name, specFile: `suites/${name}.migration.ts`, files: ["convex/lib/m.ts"], status: "complete", score: 50,
    counts: countMutants(mutants), mutants, runs: 5, seed: 1, incremental: false, sourceHash: "abc", commit: "1234567",
    createdAt: "2026-01-02T03:04:05.000Z", durationMs: 65_000, html: `reports/mutation/${name}/index.html`, strykerVersion: "9.6.1", ...more,
  };
};

test("each migration's result is kept beside the others', in mutation.json and the Markdown summary", () => {
  recordMigration(root, "reports", migration("a"));
  recordMigration(root, "reports", migration("b", { status: "incomplete", score: 40, note: "stopped at the budget after 3 of 9 mutants" }));
  const report = readMutationReport(root, "reports")!;
  expect(Object.keys(report.migrations).sort()).toEqual(["a", "b"]);
  const md = readFileSync(join(root, "reports/mutation/summary.md"), "utf8");
  expect(md).toContain("| a | 50.0% | 1 | 2 | 0 | 0 | 1 | 0 | 5 | 1m05s | complete |");
  expect(md).toContain("incomplete: stopped at the budget after 3 of 9 mutants");
  expect(md).toContain("- `convex/lib/m.ts:12:9` ConditionalExpression: `row !== null` -> `true` (ran: conserves, roundTrip)");
  expect(md).toContain("- `convex/lib/m.ts:20:9` ConditionalExpression: `row !== null` -> `true` (ran: all 3)");
  expect(md).toContain("`'a'` -> `true` — equivalent: only a message");
});

test("mutationScores gives a certificate the scores measured on its own sources, else null", () => {
  expect(mutationScores({ root, reports: "reports" }, "abc")).toEqual({ a: 50 });
  expect(mutationScores({ root, reports: "reports" }, "other")).toBeNull();
  expect(mutationScores({ root, reports: "nowhere" }, "abc")).toBeNull();
  expect(existsSync(join(root, "reports/mutation/mutation.json"))).toBe(true);
});
