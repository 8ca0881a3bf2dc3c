import fc from "fast-check";
import { allocate, forcing } from "./_internals/strata.js";

/** How many samples `coverageOf` draws, from which seed, and the classes it always lists. */
export interface CoverageOptions {
  numRuns: number;
  seed: number;
  /** Classes to list even when no sample reaches them (with count 0), in this order. */
  classes?: readonly string[];
  /**
   * The arbitrary's strata (`DataClasses.strata`, fromSchema's size
   * pressure): each gets its share of the samples exactly, so a class that
   * a stratum always holds is counted the same at every seed.
   */
  strata?: ReadonlyArray<{ readonly name: string; readonly share: number }>;
}

/**
 * How many of `numRuns` samples fall in each class (fc.statistics, as data):
 * a sample counts once per distinct class `classify` gives it. Deterministic
 * for a seed, so a coverage table in a report can be reproduced.
 *
 * @example
 * const { classes, classify } = schemaDataClasses(schema, { batchSize: 3 });
 * const counts = coverageOf(myDatasets, classify, { numRuns: 1000, seed: 1, classes });
 * expect(Object.entries(counts).filter(([, n]) => n === 0)).toEqual([]);
 */
export function coverageOf<T>(
  arbitrary: fc.Arbitrary<T>,
  classify: (value: T) => readonly string[] | string,
  options: CoverageOptions,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of options.classes ?? []) counts[name] = 0;
  const count = (values: T[]) => {
    for (const value of values) {
      const classes = classify(value);
      for (const name of new Set(typeof classes === "string" ? [classes] : classes)) counts[name] = (counts[name] ?? 0) + 1;
    }
  };
  const strata = options.strata ?? [];
  if (strata.length < 2) {
    count(fc.sample(arbitrary, { numRuns: options.numRuns, seed: options.seed }));
    return counts;
  }
  // Stratified: the same distribution, each stratum drawn exactly its share (from a seed of its own).
  allocate(strata, options.numRuns).forEach((numRuns, i) => {
    if (numRuns > 0) count(forcing(strata[i].name, () => fc.sample(arbitrary, { numRuns, seed: (options.seed + i * 7919) | 0 })));
  });
  return counts;
}
