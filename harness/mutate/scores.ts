import { readMutationReport } from "./report.js";

/**
 * The mutation score per migration (percent) from the last `mutate` runs,
 * for a certificate to show: only migrations whose run was complete and
 * recorded the same source hash as the certificate's (harness/cli/provenance.ts's
 * `sourceHash`), so a score is never shown for code it was not measured on.
 * Null when no migration matches (no report, or the sources changed since).
 *
 * @internal certify's, not exported by the package.
 * @example
 * const scores = mutationScores(run.options, cert.sourceHash); // { apiKeysToTable: 93.4, ... } | null
 */
export function mutationScores(options: { root: string; reports: string }, sourceHash: string): Record<string, number> | null {
  const report = readMutationReport(options.root, options.reports);
  if (!report) return null;
  const scores: Record<string, number> = {};
  for (const m of Object.values(report.migrations)) {
    if (m.status === "complete" && m.sourceHash === sourceHash && m.score !== null) scores[m.migration] = m.score;
  }
  return Object.keys(scores).length > 0 ? scores : null;
}
