import { expect, test } from "vitest";
import { coverageOf } from "../../../generators/coverage.js";
import { coverageShortfalls, type CoverageReport } from "../../report/coverage.js";
import type { MigrationSpec } from "../../spec/types.js";

export interface CoverageTestOptions {
  samples: number;
  seed: number;
  /** Datasets each class must appear in. */
  minimum: number;
}

/**
 * A test that the spec's own dataset arbitrary (the one the invariants draw
 * from) reaches each of its declared data classes in at least `minimum` of
 * `samples` datasets, printing the counts (fc.statistics style): a class
 * the arbitrary never generates is a class the invariants never test.
 */
export function coverageTest(spec: MigrationSpec, options: CoverageTestOptions): void {
  const declared = spec.dataClasses;
  test(`${spec.name} datasets reach every data class`, (context) => {
    const report: CoverageReport = {
      migration: spec.name,
      declared: declared !== undefined,
      samples: options.samples,
      seed: options.seed,
      minimum: options.minimum,
      counts: declared ? coverageOf(spec.dataset, declared.classify, { numRuns: options.samples, seed: options.seed, classes: declared.classes }) : {},
      classes: [...(declared?.classes ?? [])],
    };
    (context.task.meta as Record<string, unknown>).harnessCoverage = report;
    if (declared) {
      console.log(
        `${spec.name} coverage over ${options.samples} datasets:\n` +
          declared.classes.map((name) => `  ${name.padEnd(32)} ${String(report.counts[name] ?? 0).padStart(4)}`).join("\n"),
      );
    }
    const short = coverageShortfalls([report]).map((s) => `${s.dataClass}: ${s.count} of ${report.samples} datasets (minimum ${s.minimum})`);
    expect(short, `${spec.name}: data classes below the minimum`).toEqual([]);
  });
}
