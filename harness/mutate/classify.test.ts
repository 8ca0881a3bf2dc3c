// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { classifyMutants, countMutants, mutationScore } from "./classify.js";
import type { StrykerEvents, StrykerMutant } from "./events.js";

const root = mkdtempSync(join(tmpdir(), "mutate-classify-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, "convex"));
writeFileSync(join(root, "convex/m.ts"), "export function f(a: number) {\n  if (a > 1) return a;\n  return 0;\n}\n");

const tests = new Map([
  ["0", "m on memory terminates: forward and rollback finish"],
  ["1", "m on memory conserves: nothing the spec accounts for is lost"],
  ["2", "m on memory roundTrip: rollback(forward(D)) restores D"],
]);
const mutant = (id: string, status: StrykerMutant["status"], more: Partial<StrykerMutant> = {}): StrykerMutant => ({
  id,
  fileName: join(root, "convex/m.ts"),
  mutatorName: "ConditionalExpression",
  replacement: "true",
  location: { start: { line: 2, column: 7 }, end: { line: 2, column: 12 } },
  status,
  coveredBy: ["1", "2"],
  ...more,
});
const events = (tested: StrykerMutant[]): StrykerEvents => ({ tests, planned: tested.length, tested, finished: true });

describe("classifyMutants", () => {
  test("names the mutant's place, the code it replaces and the invariants that ran against it", () => {
    const [survivor] = classifyMutants(root, events([mutant("1", "Survived")]));
    expect(survivor).toMatchObject({ file: "convex/m.ts", line: 2, column: 7, original: "a > 1", mutated: "true", outcome: "survived", invariants: ["conserves", "roundTrip"] });
  });

  test("a kill names its invariant and how it was seen: a violation, a deadline, a batch bound", () => {
    const [violation, deadline, bound] = classifyMutants(root, events([
      mutant("1", "Killed", { killedBy: ["2"], statusReason: "m › roundTrip failed on the memory backend\n  rollback did not restore\n\nmore" }),
      mutant("2", "Killed", { killedBy: ["1"], statusReason: "m › conserves failed on the memory backend\n  forward batch 1 did not return within 5 s" }),
      mutant("3", "Killed", { killedBy: ["0"], statusReason: "m › terminates failed\n  forward did not finish within 3 batches" }),
    ]));
    expect(violation).toMatchObject({ outcome: "killed", killedBy: "roundTrip", how: "violation", reason: "m › roundTrip failed on the memory backend — rollback did not restore" });
    expect(deadline).toMatchObject({ killedBy: "conserves", how: "deadline" });
    expect(bound).toMatchObject({ killedBy: "terminates", how: "terminates" });
  });

  test("vitest 5's full names (' > ' between describe and test) name the invariant too", () => {
    const v5 = new Map([["1", "m on memory > conserves: nothing the spec accounts for is lost"], ["2", "m corpus > 3f2a replays m › roundTrip (found by fuzz)"]]);
    const [record] = classifyMutants(root, { tests: v5, planned: 1, tested: [mutant("1", "Survived")], finished: true });
    expect(record.invariants).toEqual(["conserves", "corpus 3f2a"]);
  });

  test("a bare timeout is not a kill: StrykerJS's, or vitest's own test timeout", () => {
    const outcomes = classifyMutants(root, events([
      mutant("1", "Timeout"),
      mutant("2", "Killed", { killedBy: ["1"], statusReason: "Test timed out in 5000ms." }),
    ])).map((m) => m.outcome);
    expect(outcomes).toEqual(["timed-out", "timed-out"]);
  });

  test("a static mutant ran against every test; a marked one is equivalent, with its reason", () => {
    const [stat, marked] = classifyMutants(root, events([
      mutant("1", "Survived", { static: true, coveredBy: [] }),
      mutant("2", "Ignored", { statusReason: "equivalent: the bound is never reached" }),
    ]));
    expect(stat.invariants).toEqual(["terminates", "conserves", "roundTrip"]);
    expect(marked).toMatchObject({ outcome: "equivalent", reason: "equivalent: the bound is never reached" });
  });
});

test("the score leaves equivalent and erroring mutants out, and counts timeouts and uncovered ones against the spec", () => {
  const mutants = classifyMutants(root, events([
    mutant("1", "Killed", { killedBy: ["0"] }),
    mutant("2", "Killed", { killedBy: ["0"] }),
    mutant("3", "Killed", { killedBy: ["0"] }),
    mutant("4", "Survived"),
    mutant("5", "Timeout"),
    mutant("6", "NoCoverage", { coveredBy: [] }),
    mutant("7", "Ignored"),
    mutant("8", "RuntimeError"),
  ]));
  const counts = countMutants(mutants);
  expect(counts).toEqual({ total: 8, killed: 3, survived: 1, timedOut: 1, noCoverage: 1, equivalent: 1, errors: 1 });
  expect(mutationScore(counts)).toBe(50);
  expect(mutationScore(countMutants([]))).toBeNull();
});
