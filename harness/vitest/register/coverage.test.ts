import { afterEach, describe, expect, test, vi } from "vitest";
import { fromSchema } from "../../../generators/fromSchema.js";
import { coverageShortfalls, shortfallLine } from "../../report/coverage.js";
import notesSchema from "../../testing/app/convex/schema.js";
import { notesSpec } from "../../testing/notesSpec.js";
import { COVERAGE_TIMEOUT_MS, coverageTest, measureCoverage, testCoverage } from "./coverage.js";

/** The notes app's slug migration over whole-schema datasets (a correct migration: coverage is all that is measured here). */
const spec = (sizePressure = 0.05) => notesSpec({ dataset: fromSchema(notesSchema, { batchSize: 2, paged: "notes", sizePressure }) });
const certify = { samples: 1000, minimum: 5, otherwise: "sample more datasets (--coverage-runs) or lower --min-coverage" };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("the data-class coverage of a spec", () => {
  test("npm test samples at HARNESS_SEED when it is set, at seed 1 otherwise", () => {
    expect(testCoverage()).toEqual({ samples: 300, seed: 1, minimum: 1 });
    vi.stubEnv("HARNESS_SEED", "5");
    expect(testCoverage().seed).toBe(5);
  });

  test("a correct spec reaches every class at certify's defaults at seeds 2 and 5, size pressure included", () => {
    for (const seed of [2, 5]) {
      const report = measureCoverage(spec(), { ...certify, seed });
      expect(report.classes).toEqual(expect.arrayContaining(["pressure:array", "pressure:depth", "pressure:fan-out"]));
      expect(coverageShortfalls([report]).map(shortfallLine)).toEqual([]);
    }
  }, 60_000);

  test("a shortfall names the class, how often it was drawn, and the option that changes it", () => {
    const report = measureCoverage(spec(0.001), { ...certify, seed: 1 });
    const lines = coverageShortfalls([report]).map(shortfallLine);
    expect(lines).toContain(
      "pressure:depth: 0 of 1000 datasets (minimum 5); to draw it more often: raise fromSchema's sizePressure.share (now 0.001), " +
        "or sample more datasets (--coverage-runs) or lower --min-coverage",
    );
  }, 60_000);
});

describe("a registered coverage test", () => {
  coverageTest(spec(), { samples: 20, seed: 1, minimum: 0 });

  test("has a timeout of its own: vitest's default 5 s cut a thousand datasets of a large schema short", ({ task }) => {
    const registered = task.suite!.tasks.find((t) => t.name === "addSlug datasets reach every data class");
    expect(registered?.type === "test" && registered.timeout).toBe(COVERAGE_TIMEOUT_MS);
  });
});
