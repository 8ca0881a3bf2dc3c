import { expect, test } from "vitest";
import { coverageOf } from "../../../generators/coverage.js";
import type { DataClasses } from "../../../generators/dataClassRegistry.js";
import { seedFromEnv } from "../../model/config.js";
import { coverageShortfalls, shortfallLine, type CoverageReport } from "../../report/coverage.js";
import type { MigrationSpec } from "../../spec/types.js";

export interface CoverageTestOptions {
  samples: number;
  seed: number;
  /** Datasets each class must appear in. */
  minimum: number;
  /** What else changes the count, beyond the generator's options (certify's flags). */
  otherwise?: string;
}

/**
 * The coverage test's own vitest timeout: drawing a thousand datasets of a
 * large schema under size pressure takes seconds, more than vitest's
 * default 5 s on a loaded machine, and a sample cut short measures nothing.
 */
export const COVERAGE_TIMEOUT_MS = 10 * 60_000;

/** Samples and minimum of the coverage test npm test runs (certify sets its own), at HARNESS_SEED when set. */
export function testCoverage(): CoverageTestOptions {
  return { samples: 300, seed: seedFromEnv() ?? 1, minimum: 1 };
}

/**
 * The spec's data-class coverage: how many of `samples` datasets of its own
 * arbitrary (the one the invariants draw from) reach each declared class,
 * drawn stratum by stratum when the generator has strata (fromSchema's size
 * pressure), and for a class below the minimum the option that changes it.
 */
export function measureCoverage(spec: MigrationSpec, options: CoverageTestOptions): CoverageReport {
  // The resolved classes are fromSchema's (with strata and advice) when the dataset came from it.
  const declared = spec.dataClasses as (MigrationSpec["dataClasses"] & Partial<Pick<DataClasses, "strata" | "advice">>) | undefined;
  const counts = declared
    ? coverageOf(spec.dataset, declared.classify, { numRuns: options.samples, seed: options.seed, classes: declared.classes, strata: declared.strata })
    : {};
  const classes = [...(declared?.classes ?? [])];
  const advice: Record<string, string> = {};
  for (const name of classes.filter((c) => (counts[c] ?? 0) < options.minimum)) {
    const option = declared?.advice?.(name);
    if (option || options.otherwise) advice[name] = [option, options.otherwise].filter(Boolean).join(", or ");
  }
  return {
    migration: spec.name,
    declared: declared !== undefined,
    samples: options.samples,
    seed: options.seed,
    minimum: options.minimum,
    counts,
    classes,
    ...(Object.keys(advice).length > 0 ? { advice } : {}),
  };
}

/**
 * A test that the spec's dataset arbitrary reaches each of its declared
 * data classes in at least `minimum` of `samples` datasets, printing the
 * counts (fc.statistics style): a class the arbitrary never generates is a
 * class the invariants never test.
 */
export function coverageTest(spec: MigrationSpec, options: CoverageTestOptions): void {
  test(`${spec.name} datasets reach every data class`, { timeout: COVERAGE_TIMEOUT_MS }, (context) => {
    const report = measureCoverage(spec, options);
    (context.task.meta as Record<string, unknown>).harnessCoverage = report;
    if (report.declared) {
      console.log(
        `${spec.name} coverage over ${options.samples} datasets (seed ${options.seed}):\n` +
          report.classes.map((name) => `  ${name.padEnd(32)} ${String(report.counts[name] ?? 0).padStart(4)}`).join("\n"),
      );
    }
    const short = coverageShortfalls([report]).map(shortfallLine);
    expect(short, `${spec.name}: data classes below the minimum`).toEqual([]);
  });
}
