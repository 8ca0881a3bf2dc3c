import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sizedArray } from "./sizedArray.js";

describe("sizedArray", () => {
  const arrays = sizedArray(fc.nat({ max: 100 }), fc.constantFrom(0, 7, 20), 20);

  test("generates exactly the drawn lengths", () => {
    const lengths = new Set(fc.sample(arrays, { seed: 1, numRuns: 100 }).map((a) => a.length));
    expect([...lengths].sort((a, b) => a - b)).toEqual([0, 7, 20]);
  });

  test("shrinks below the drawn lengths, removing and simplifying items", () => {
    const details = fc.check(fc.property(arrays, (a) => !a.some((n) => n > 50)), { seed: 2 });
    expect(details.counterexample).toEqual([[51]]);
  });
});
