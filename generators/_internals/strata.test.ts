import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allocate, forcing, StratifiedArbitrary } from "./strata.js";

const ab = (strata: typeof import("./strata.js")) =>
  new strata.StratifiedArbitrary([
    { name: "a", share: 0.99, arbitrary: fc.constant("a") },
    { name: "b", share: 0.01, arbitrary: fc.constant("b") },
  ]);

describe("strata", () => {
  test("a forced stratum is drawn every time; unforced, the shares decide", () => {
    const arbitrary = ab({ StratifiedArbitrary } as typeof import("./strata.js"));
    expect(forcing("b", () => fc.sample(arbitrary, { numRuns: 20, seed: 1 }))).toEqual(Array(20).fill("b"));
    expect(fc.sample(arbitrary, { numRuns: 20, seed: 1 }).filter((v) => v === "b").length).toBeLessThan(3);
  });

  test("a stratum forced through one copy of the module is forced in another: the runner and the spec files load it apart", async () => {
    const path = "./strata.js?another-copy";
    const copy = (await import(/* @vite-ignore */ path)) as typeof import("./strata.js");
    expect(copy.StratifiedArbitrary).not.toBe(StratifiedArbitrary);
    expect(forcing("b", () => fc.sample(ab(copy), { numRuns: 20, seed: 1 }))).toEqual(Array(20).fill("b"));
  });

  test("allocates every draw, each stratum its share, largest remainders first", () => {
    expect(allocate([{ name: "none", share: 0.95 }, { name: "x", share: 0.025 }, { name: "y", share: 0.025 }], 300)).toEqual([285, 8, 7]);
    expect(allocate([{ name: "none", share: 0.95 }, { name: "x", share: 0.05 }], 1000)).toEqual([950, 50]);
  });
});
