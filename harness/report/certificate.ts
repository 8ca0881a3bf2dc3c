import type { CheckResult } from "../result.js";
import type { SnapshotImportReport } from "../snapshotImport/report.js";
import { coverageShortfalls, type CoverageReport } from "./coverage.js";

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
  /** Why the verdict is what it is, one line each, most important first. */
  reasons: string[];
  createdAt: string;
  commit: string;
  /** sha256 of convex/schema.ts and every migration source, in path order. */
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
}

export interface VerdictInput {
  results: CheckResult[];
  errors: string[];
  backends: BackendStatus[];
  coverage: CoverageReport[];
  snapshot?: Certificate["snapshot"];
}

/**
 * FAILED if anything failed (an invariant, a data class below its minimum,
 * a harness error); INCOMPLETE if nothing failed but something could not be
 * checked (a requested backend that did not run, a skipped check, a
 * migration without declared data classes, snapshot documents left out);
 * PASSED otherwise. Reasons say which, first things first.
 */
export function judge(input: VerdictInput): { verdict: Verdict; reasons: string[] } {
  const failed: string[] = [];
  const incomplete: string[] = [];
  const all = [...input.results, ...(input.snapshot?.results ?? [])];
  const failures = all.filter((r) => r.status === "failed");
  if (failures.length > 0) failed.push(`${failures.length} invariant check(s) failed: ${[...new Set(failures.map((f) => `${f.migration} › ${f.invariant} [${f.backend}]`))].join(", ")}`);
  const short = coverageShortfalls(input.coverage);
  if (short.length > 0) failed.push(`${short.length} data class(es) below their minimum: ${short.map((s) => `${s.migration} ${s.dataClass} (${s.count}/${s.minimum})`).join(", ")}`);
  if (input.errors.length > 0) failed.push(`${input.errors.length} harness error(s): ${input.errors[0]}`);
  for (const b of input.backends.filter((b) => !b.ran)) incomplete.push(`backend ${b.backend} did not run: ${b.reason ?? "no result"}`);
  const skipped = all.filter((r) => r.status === "skipped");
  if (skipped.length > 0) incomplete.push(`${skipped.length} check(s) skipped: ${skipped[0].migration} › ${skipped[0].invariant}: ${"reason" in skipped[0] ? skipped[0].reason : ""}`);
  const undeclared = input.coverage.filter((c) => !c.declared);
  if (undeclared.length > 0) incomplete.push(`no data classes declared for ${undeclared.map((c) => c.migration).join(", ")}`);
  if (input.results.length === 0) incomplete.push("no invariant was checked");
  const left = input.snapshot?.report.problems.filter((p) => p.kind !== "table" || !p.message.includes("seeded empty")) ?? [];
  if (left.length > 0) incomplete.push(`the snapshot export had ${left.length} problem(s); the dataset checked is not the whole export`);
  if (failed.length > 0) return { verdict: "FAILED", reasons: [...failed, ...incomplete] };
  if (incomplete.length > 0) return { verdict: "INCOMPLETE", reasons: incomplete };
  return { verdict: "PASSED", reasons: ["every applicable invariant held on every requested backend, and every data class reached its minimum"] };
}
