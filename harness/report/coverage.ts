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
  /** For classes below the minimum, the generator option that draws them more often, when known. */
  advice?: Record<string, string>;
}

export interface CoverageShortfall {
  migration: string;
  dataClass: string;
  count: number;
  minimum: number;
  samples: number;
  /** The generator option that draws the class more often, when known. */
  advice?: string;
}

/** Every declared class that fewer than `minimum` datasets reached (0 included: a class never generated). */
export function coverageShortfalls(reports: readonly CoverageReport[]): CoverageShortfall[] {
  return reports.flatMap((report) =>
    report.classes
      .filter((name) => (report.counts[name] ?? 0) < report.minimum)
      .map((name) => ({
        migration: report.migration,
        dataClass: name,
        count: report.counts[name] ?? 0,
        minimum: report.minimum,
        samples: report.samples,
        ...(report.advice?.[name] ? { advice: report.advice[name] } : {}),
      })),
  );
}

/** One shortfall as a line: the class, how often it was drawn, and what to change. */
export function shortfallLine(s: CoverageShortfall): string {
  const change = s.advice ?? "a dataset generator that draws it (the spec's `dataset`), or the spec's `dataClasses`";
  return `${s.dataClass}: ${s.count} of ${s.samples} datasets (minimum ${s.minimum}); to draw it more often: ${change}`;
}
