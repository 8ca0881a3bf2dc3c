import { invariantNames } from "../model/invariantNames.js";
import type { CheckResult, FailedResult } from "../model/result.js";
import { problemCount, unreadable } from "../snapshotImport/report.js";
import type { Certificate } from "./certificate.js";

/** A column of the invariant matrix: one migration on one backend. */
export interface Column {
  migration: string;
  backend: string;
  label: string;
}

/** Columns in migration then backend order; the backend is shown only when several ran. */
export function columnsOf(results: readonly CheckResult[]): Column[] {
  const backends = new Set(results.map((r) => r.backend));
  const keys = [...new Set(results.map((r) => `${r.migration}\u0000${r.backend}`))].sort();
  return keys.map((key) => {
    const [migration, backend] = key.split("\u0000");
    return { migration, backend, label: backends.size > 1 ? `${migration} [${backend}]` : migration };
  });
}

/** The invariants that have at least one result, in the harness's order. */
export function rowsOf(results: readonly CheckResult[]): string[] {
  return invariantNames.filter((name) => results.some((r) => r.invariant === name));
}

export function cell(results: readonly CheckResult[], invariant: string, column: Column): CheckResult | undefined {
  return results.find((r) => r.invariant === invariant && r.migration === column.migration && r.backend === column.backend);
}

export function failuresOf(cert: Certificate): FailedResult[] {
  return [...cert.results, ...(cert.snapshot?.results ?? [])].filter((r): r is FailedResult => r.status === "failed");
}

export function countBy(results: readonly CheckResult[]): Record<CheckResult["status"], number> {
  const counts = { passed: 0, failed: 0, "not-applicable": 0, skipped: 0 };
  for (const r of results) counts[r.status]++;
  return counts;
}

/** The lines of a long text, cut to `max` with a note saying how many were left out. */
export function clip(text: string, max: number): string {
  const lines = text.split("\n");
  return lines.length <= max ? text : [...lines.slice(0, max), `… ${lines.length - max} more line(s) in certificate.json`].join("\n");
}

/** Total runs of the checks that ran. */
export function totalRuns(results: readonly CheckResult[]): number {
  return results.reduce((n, r) => n + (r.status === "passed" || r.status === "failed" ? r.runs : 0), 0);
}

/**
 * The one line every format says about a snapshot export: what loaded, the
 * one count of problems, and pass/fail counts only when it could be loaded
 * (an unreadable archive ran no check, so it has none).
 */
export function snapshotLine(snapshot: NonNullable<Certificate["snapshot"]>): string {
  const { report, results } = snapshot;
  if (unreadable(report)) return `could not be loaded (${report.problems[0].message}); no invariant ran on it`;
  const counts = countBy(results);
  return `${report.tables.map((t) => `${t.table} ${t.imported}/${t.documents}`).join(", ")} documents loaded; ` +
    `${problemCount(report)} problem(s); ${report.danglingReferences} dangling reference(s) kept; ${counts.passed} passed, ${counts.failed} failed`;
}

/** "apiKeysToTable 93.4% · threadSearch 100.0%": a certificate's mutation scores (see harness/mutate/scores.ts). */
export function mutationLine(scores: Record<string, number>): string {
  return Object.entries(scores).sort(([a], [b]) => a.localeCompare(b)).map(([migration, score]) => `${migration} ${score.toFixed(1)}%`).join(" · ");
}
