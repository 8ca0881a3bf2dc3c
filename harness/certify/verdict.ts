import type { CheckResult } from "../model/result.js";
import { coverageShortfalls, type CoverageReport } from "../report/coverage.js";
import type { BackendStatus, Certificate, Verdict } from "../report/certificate.js";
import { problemCount, unreadable } from "../snapshotImport/report.js";

/** Failed tests named in the verdict's reason; the rest are in the certificate's errors. */
const NAMED = 5;

export interface VerdictInput {
  results: CheckResult[];
  errors: string[];
  /** What could not be checked, beyond what the results and backends say (a run stopped at its budget). */
  incomplete?: string[];
  backends: BackendStatus[];
  coverage: CoverageReport[];
  snapshot?: Certificate["snapshot"];
}

/**
 * FAILED if anything failed (an invariant, a data class below its minimum,
 * any test of the run, a harness error); INCOMPLETE if nothing failed but something could not be
 * checked (a requested backend that did not run, a skipped check, a
 * migration without declared data classes, snapshot documents left out);
 * PASSED otherwise. Reasons say which, first things first.
 */
export function judge(input: VerdictInput): { verdict: Verdict; verdictLine: string; reasons: string[] } {
  const failed: string[] = [];
  const incomplete: string[] = [...(input.incomplete ?? [])];
  const all = [...input.results, ...(input.snapshot?.results ?? [])];
  const failures = all.filter((r) => r.status === "failed");
  if (failures.length > 0) failed.push(`${failures.length} invariant check(s) failed: ${[...new Set(failures.map((f) => `${f.migration} › ${f.invariant} [${f.backend}]`))].join(", ")}`);
  const short = coverageShortfalls(input.coverage);
  if (short.length > 0) failed.push(`${short.length} data class(es) below their minimum: ${short.map((s) => `${s.migration} ${s.dataClass} (${s.count}/${s.minimum}${s.advice ? `: ${s.advice}` : ""})`).join(", ")}`);
  if (input.errors.length > 0) failed.push(`${input.errors.length} test(s) failed: ${named(input.errors)}`);
  for (const b of input.backends.filter((b) => !b.ran)) incomplete.push(`backend ${b.backend} did not run: ${b.reason ?? "no result"}`);
  const skipped = all.filter((r) => r.status === "skipped");
  const cut = all.filter((r) => r.status === "passed" && r.interrupted);
  if (cut.length > 0) incomplete.push(`${cut.length} check(s) stopped at their time limit before all their runs: ${cut[0].migration} › ${cut[0].invariant}`);
  const vacuous = all.filter((r) => r.status === "passed" && r.vacuous);
  if (vacuous.length > 0) {
    const names = [...new Set(vacuous.map((r) => `${r.migration} › ${r.invariant} [${r.backend}]`))];
    incomplete.push(`${vacuous.length} check(s) passed with forward writing nothing in any run (${names.slice(0, NAMED).join(", ")}): ${(vacuous[0] as { vacuous: { message: string } }).vacuous.message.split(": ").slice(1).join(": ")}`);
  }
  if (skipped.length > 0) incomplete.push(`${skipped.length} check(s) skipped: ${skipped[0].migration} › ${skipped[0].invariant}: ${"reason" in skipped[0] ? skipped[0].reason : ""}`);
  const undeclared = input.coverage.filter((c) => !c.declared);
  if (undeclared.length > 0) incomplete.push(`no data classes declared for ${undeclared.map((c) => c.migration).join(", ")}`);
  // Not-applicable results are results too, but they checked nothing.
  if (!input.results.some((r) => r.status === "passed" || r.status === "failed")) incomplete.push("no invariant was checked");
  if (input.snapshot && unreadable(input.snapshot.report)) incomplete.push(`the snapshot export could not be loaded: ${input.snapshot.report.problems[0].message}; no invariant ran on it`);
  else if (input.snapshot && problemCount(input.snapshot.report) > 0) {
    incomplete.push(`the snapshot export had ${problemCount(input.snapshot.report)} problem(s); the dataset checked is not the whole export`);
  }
  const line = (verdict: Verdict) => ({ verdict, verdictLine: verdictLine(verdict, input.backends) });
  if (failed.length > 0) return { ...line("FAILED"), reasons: [...failed, ...incomplete] };
  if (incomplete.length > 0) return { ...line("INCOMPLETE"), reasons: incomplete };
  return { ...line("PASSED"), reasons: ["every applicable invariant held on every requested backend, and every data class reached its minimum"] };
}

/** Errors named by their first line, the first few of them. */
function named(errors: readonly string[]): string {
  const shown = errors.slice(0, NAMED).map((e) => e.split("\n")[0]);
  return shown.join("; ") + (errors.length > NAMED ? `; … and ${errors.length - NAMED} more` : "");
}

/** A PASSED from convex-test alone must not read as if a real Convex backend had run. */
function verdictLine(verdict: Verdict, backends: readonly BackendStatus[]): string {
  const real = backends.some((b) => b.ran && b.backend !== "memory");
  if (verdict === "PASSED" && !real) return "PASSED on the in-memory backend only; not run on a real Convex backend";
  return verdict;
}
