/** Data-class coverage of one migration's dataset generator, as certify measured it. */
export interface CoverageReport {
  migration: string;
  /** False when the registry declares no data classes for the migration. */
  declared: boolean;
  /** Datasets sampled, and the seed they were drawn from. */
  samples: number;
  seed: number;
  /** Datasets each class must appear in. */
  minimum: number;
  /** Datasets per class, in the declared order (classes outside the list after them). */
  counts: Record<string, number>;
  /** Declared classes (the ones the minimum applies to). */
  classes: string[];
}

export interface CoverageShortfall {
  migration: string;
  dataClass: string;
  count: number;
  minimum: number;
}

/** Every declared class that fewer than `minimum` datasets reached (0 included: a class never generated). */
export function coverageShortfalls(reports: readonly CoverageReport[]): CoverageShortfall[] {
  return reports.flatMap((report) =>
    report.classes
      .filter((name) => (report.counts[name] ?? 0) < report.minimum)
      .map((name) => ({ migration: report.migration, dataClass: name, count: report.counts[name] ?? 0, minimum: report.minimum })),
  );
}
