import type { CheckResult } from "../model/result.js";
import type { SnapshotImportReport } from "../snapshotImport/report.js";
import type { CoverageReport } from "./coverage.js";

export type Verdict = "PASSED" | "FAILED" | "INCOMPLETE";

/** One requested backend and whether it ran. */
export interface BackendStatus {
  backend: string;
  ran: boolean;
  /** Why it did not run (no container runtime, ...). */
  reason?: string;
}

/** The certification model every report format renders. */
export interface Certificate {
  verdict: Verdict;
  /**
   * The verdict as a reader must take it, in every format and on the
   * console: "PASSED on the in-memory backend only; not run on a real Convex
   * backend" when no remote backend ran.
   */
  verdictLine: string;
  /** Why the verdict is what it is, one line each, most important first. */
  reasons: string[];
  createdAt: string;
  commit: string;
  /**
   * sha256 over every file that can change a verdict (the app's Convex folder
   * but _generated, the spec files and what sits beside them, the preset's
   * certificateSources), the harness version and the locked versions of
   * convex, convex-test and fast-check.
   */
  sourceHash: string;
  versions: Record<string, string>;
  backends: BackendStatus[];
  runsPerInvariant: number;
  /** The seed every check of this run used (HARNESS_SEED): the run can be repeated. */
  seed: number;
  durationMs: number;
  results: CheckResult[];
  coverage: CoverageReport[];
  snapshot?: { report: SnapshotImportReport; results: CheckResult[] };
  /** Corpus files this run added. */
  corpusAdded: string[];
  /** Tests that failed without a result (a suite that did not load, a harness error). */
  errors: string[];
  /** Mutation score per migration (percent), from the last `mutate` run on these same sources (harness/mutate/scores.ts). */
  mutationScores?: Record<string, number>;
}
