/**
 * What `npm run bench` (harness/cli/bench.ts) asks of the bench files, passed
 * in HARNESS_BENCH_OPTIONS: the files run in vitest workers, which take no
 * arguments of their own.
 */
export interface BenchOptions {
  /** Round-trip dataset sizes; the largest is also replayed on bare convex-test. */
  sizes: number[];
  /** Documents of the generated snapshot export. */
  snapshotDocuments: number;
  /** Migrations the snapshot is certified for ("all": every registered one). */
  snapshotMigrations: string[] | "all";
  /** Invariants checked on the snapshot. */
  snapshotInvariants: string[];
  /**
   * Also replay the 10,000-document certification (roundTrip and targetValid)
   * and the snapshot on bare convex-test, each for at most this many seconds
   * (0: not at all; a bare run of either takes many minutes).
   */
  bareHeavySeconds: number;
}

export const BENCH_OPTIONS_VARIABLE = "HARNESS_BENCH_OPTIONS";

export const DEFAULT_BENCH_OPTIONS: BenchOptions = {
  sizes: [20, 200, 2000],
  snapshotDocuments: 100_000,
  snapshotMigrations: ["apiKeysToTable"],
  snapshotInvariants: ["roundTrip", "targetValid", "conserves"],
  bareHeavySeconds: 0,
};

export function benchOptions(): BenchOptions {
  const raw = process.env[BENCH_OPTIONS_VARIABLE];
  return { ...DEFAULT_BENCH_OPTIONS, ...(raw ? (JSON.parse(raw) as Partial<BenchOptions>) : {}) };
}

/** A line the bench CLI shows as progress while a long bench runs (vitest passes console output through). */
export function benchProgress(message: string): void {
  console.log(`progress: ${message}`);
}
