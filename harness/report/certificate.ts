import type { CheckResult } from "../result.js";

export type Verdict = "PASSED" | "FAILED" | "INCOMPLETE";

/** The certification model every report format renders. */
export interface Certificate {
  verdict: Verdict;
  createdAt: string;
  commit: string;
  /** sha256 of convex/schema.ts and every migration source, in path order. */
  sourceHash: string;
  versions: Record<string, string>;
  backends: string[];
  runsPerInvariant: number;
  durationMs: number;
  results: CheckResult[];
  /** Tests that failed without a result (a suite that did not load, a harness error). */
  errors: string[];
}

/**
 * FAILED if anything failed; INCOMPLETE if nothing failed but a requested
 * backend was skipped or nothing ran at all; PASSED otherwise.
 */
export function verdictOf(results: CheckResult[], errors: string[]): Verdict {
  if (errors.length > 0 || results.some((r) => r.status === "failed")) return "FAILED";
  if (results.length === 0 || results.some((r) => r.status === "skipped")) return "INCOMPLETE";
  return "PASSED";
}
