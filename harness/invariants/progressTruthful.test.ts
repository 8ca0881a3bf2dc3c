import { describe, expect, test } from "vitest";
import { progressProblems, type Reading } from "./progressTruthful.js";

function reading(direction: Reading["direction"], reported: Record<string, unknown>, real: { total: number; migrated: number }): Reading {
  return { stage: "after a batch", direction, reported, real };
}
const report = (total: number, migrated: number, percent: number) => ({ total, migrated, remaining: total - migrated, percent });

describe("progressProblems", () => {
  test("a truthful report has none, with floor or round-down percents", () => {
    expect(progressProblems(reading("forward", report(3, 1, 33), { total: 3, migrated: 1 }), undefined)).toEqual([]);
    expect(progressProblems(reading("forward", report(3, 2, 66.67), { total: 3, migrated: 2 }), undefined)).toEqual([]);
  });

  test("an empty table may report 0 or 100, never NaN", () => {
    expect(progressProblems(reading("seeded", report(0, 0, 100), { total: 0, migrated: 0 }), undefined)).toEqual([]);
    expect(progressProblems(reading("seeded", report(0, 0, 0), { total: 0, migrated: 0 }), undefined)).toEqual([]);
    expect(progressProblems(reading("seeded", report(0, 0, NaN), { total: 0, migrated: 0 }), undefined)).toEqual([
      "percent is NaN, not a finite number",
    ]);
  });

  test("counts must match the database", () => {
    expect(progressProblems(reading("forward", report(2, 2, 100), { total: 2, migrated: 1 }), undefined)).toContain(
      "migrated is 2, but 1 document(s) are migrated",
    );
    expect(progressProblems(reading("forward", { total: 2, migrated: 1, remaining: 0, percent: 50 }, { total: 2, migrated: 1 }), undefined)).toContain(
      "remaining is 0, not total - migrated = 1",
    );
  });

  test("100 means nothing remains: rounding 199 of 200 up is untruthful", () => {
    expect(progressProblems(reading("forward", report(200, 199, 100), { total: 200, migrated: 199 }), undefined)).toContain(
      "percent is 100 while 1 document(s) remain",
    );
  });

  test("progress never goes back during forward, nor forward during rollback", () => {
    const before = reading("forward", report(4, 3, 75), { total: 4, migrated: 3 });
    expect(progressProblems(reading("forward", report(4, 2, 50), { total: 4, migrated: 2 }), before)[0]).toMatch(/backwards during forward/);
    expect(progressProblems(reading("rollback", report(4, 2, 50), { total: 4, migrated: 2 }), before)).toEqual([]);
    expect(progressProblems(reading("rollback", report(4, 4, 100), { total: 4, migrated: 4 }), before)[0]).toMatch(/forwards during rollback/);
  });
});
