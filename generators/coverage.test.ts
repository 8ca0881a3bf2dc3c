import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { coverageOf } from "./coverage.js";

describe("coverageOf", () => {
  const parity = (n: number) => (n % 2 === 0 ? "even" : "odd");

  test("counts each sample once per class it falls in", () => {
    const counts = coverageOf(fc.nat(), (n) => [parity(n), parity(n), n < 10 ? "small" : "big"], { numRuns: 200, seed: 1 });
    expect(counts.even + counts.odd).toBe(200);
    expect(counts.small + counts.big).toBe(200);
  });

  test("lists expected classes first, with 0 when unreached", () => {
    const counts = coverageOf(fc.constant(2), parity, { numRuns: 10, seed: 1, classes: ["odd", "even"] });
    expect(Object.entries(counts)).toEqual([["odd", 0], ["even", 10]]);
  });

  test("is deterministic for a seed", () => {
    const run = () => coverageOf(fc.integer({ min: 0, max: 9 }), String, { numRuns: 100, seed: 9 });
    expect(run()).toEqual(run());
  });
});
