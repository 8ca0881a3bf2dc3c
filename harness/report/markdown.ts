import { formatFailure } from "./failure.js";
import type { CheckResult } from "../model/result.js";
import type { Certificate } from "./certificate.js";
import { coverageShortfalls } from "./coverage.js";
import { cell, clip, columnsOf, countBy, failuresOf, mutationLine, rowsOf, snapshotLine, totalRuns } from "./summary.js";
import { minutesAndSeconds } from "../model/duration.js";

const mark: Record<CheckResult["status"], string> = { passed: "✅", failed: "❌", "not-applicable": "➖", skipped: "⏭" };
const banner = { PASSED: "✅ PASSED", FAILED: "❌ FAILED", INCOMPLETE: "⚠️ INCOMPLETE" };
/** GitHub refuses comments over 65,536 characters: failures are clipped to stay well under. */
const FAILURE_LINES = 40;
const MAX_FAILURES = 10;

/** A certificate short enough for a pull-request comment: verdict and why first, details folded. */
export function renderMarkdown(cert: Certificate): string {
  const counts = countBy(cert.results);
  const lines = [
    `# Migration certification: ${banner[cert.verdict]}${cert.verdictLine !== cert.verdict ? ` ${cert.verdictLine.slice(cert.verdict.length)}` : ""}`,
    "",
    ...cert.reasons.map((r) => `- ${r}`),
    "",
    `${counts.passed} passed · ${counts.failed} failed · ${counts["not-applicable"]} not applicable · ${counts.skipped} skipped · ` +
      `${totalRuns(cert.results)} property runs (${cert.runsPerInvariant} per invariant, seed ${cert.seed}) · ${minutesAndSeconds(cert.durationMs)}`,
    "",
    `Backends: ${cert.backends.map((b) => (b.ran ? `${b.backend} ✅` : `${b.backend} ⏭ (${b.reason})`)).join(", ")} · ` +
      `commit \`${cert.commit}\` · sources \`${cert.sourceHash.slice(0, 12)}\``,
    ...(cert.mutationScores ? ["", `Mutation score (same sources): ${mutationLine(cert.mutationScores)}`] : []),
  ];
  const failures = failuresOf(cert);
  if (failures.length > 0) {
    lines.push("", "## Failures");
    for (const f of failures.slice(0, MAX_FAILURES)) {
      lines.push("", `**${f.migration} › ${f.invariant}** [${f.backend}]: ${f.failure.summary}`, "", "<details><summary>Counterexample, diff and replay command</summary>", "", "```", clip(formatFailure(f), FAILURE_LINES), "```", "", "</details>");
    }
    if (failures.length > MAX_FAILURES) lines.push("", `… and ${failures.length - MAX_FAILURES} more failure(s) in certificate.json.`);
  }
  const short = coverageShortfalls(cert.coverage);
  if (short.length > 0) {
    lines.push("", "## Data classes below their minimum", "", "| migration | class | datasets | minimum |", "|---|---|---:|---:|");
    for (const s of short) lines.push(`| ${s.migration} | \`${s.dataClass}\` | ${s.count} | ${s.minimum} |`);
  }
  const columns = columnsOf(cert.results);
  if (columns.length > 0) {
    lines.push("", "## Invariants", "", `| invariant | ${columns.map((c) => c.label).join(" | ")} |`, `|---|${columns.map(() => ":-:").join("|")}|`);
    for (const name of rowsOf(cert.results)) {
      lines.push(`| ${name} | ${columns.map((c) => { const r = cell(cert.results, name, c); return r ? (r.status === "passed" && r.vacuous ? "⚠️" : mark[r.status]) : " "; }).join(" | ")} |`);
    }
    lines.push("", "✅ held · ⚠️ held, but forward wrote nothing in any run · ❌ failed · ➖ not applicable to the migration · ⏭ skipped (backend unavailable)");
  }
  if (cert.coverage.length > 0) {
    lines.push("", "<details><summary>Data-class coverage</summary>", "", "| migration | classes | lowest class | datasets sampled | minimum |", "|---|---:|---|---:|---:|");
    for (const c of cert.coverage) {
      const lowest = c.classes.reduce<string | undefined>((low, name) => (low === undefined || (c.counts[name] ?? 0) < (c.counts[low] ?? 0) ? name : low), undefined);
      lines.push(`| ${c.migration} | ${c.classes.length} | ${lowest ? `\`${lowest}\` ${c.counts[lowest] ?? 0}` : "none declared"} | ${c.samples} | ${c.minimum} |`);
    }
    lines.push("", "</details>");
  }
  if (cert.snapshot) {
    const { report } = cert.snapshot;
    lines.push("", `## Snapshot \`${report.file}\``, "", `${snapshotLine(cert.snapshot)}.`);
    if (report.problems.length > 0) {
      lines.push("", "<details><summary>Problems loading the export</summary>", "");
      for (const p of report.problems.slice(0, 50)) lines.push(`- ${p.table ?? "zip"}${p.line ? ` line ${p.line}` : ""}${p.id ? ` (${p.id})` : ""}: ${p.message}`);
      if (report.problems.length > 50) lines.push(`- … ${report.problems.length - 50} more in certificate.json`);
      lines.push("", "</details>");
    }
  }
  const vacuous = cert.results.filter((r) => r.status === "passed" && r.vacuous);
  if (vacuous.length > 0) {
    lines.push("", "## Passed, but forward wrote nothing", "");
    for (const r of vacuous) if (r.status === "passed") lines.push(`- ${r.vacuous!.message}`);
  }
  const notes = cert.results.filter((r) => r.status === "not-applicable" || r.status === "skipped");
  if (notes.length > 0) {
    lines.push("", "<details><summary>Not checked, and why</summary>", "");
    for (const r of notes) lines.push(`- ${r.migration} › ${r.invariant} [${r.backend}]: ${"reason" in r ? r.reason : ""}`);
    lines.push("", "</details>");
  }
  if (cert.errors.length > 0) lines.push("", "## Errors", ...cert.errors.map((e) => `- ${e.split("\n")[0]}`));
  if (cert.corpusAdded.length > 0) lines.push("", `New corpus files (replayed by npm test): ${cert.corpusAdded.map((f) => `\`${f}\``).join(", ")}`);
  lines.push("", `<sub>${Object.entries(cert.versions).map(([k, v]) => `${k} ${v}`).join(" · ")} · ${cert.createdAt}</sub>`);
  return lines.join("\n") + "\n";
}
