import { formatFailure } from "../format.js";
import { invariantNames } from "../invariants/names.js";
import type { CheckResult, FailedResult } from "../result.js";
import type { Certificate } from "./certificate.js";

const mark: Record<CheckResult["status"], string> = {
  passed: "✅ pass",
  failed: "❌ FAIL",
  "not-applicable": "➖ n/a",
  skipped: "⏭ skipped",
};

/** A certificate short enough for a pull-request comment. */
export function renderMarkdown(cert: Certificate): string {
  const migrations = [...new Set(cert.results.map((r) => `${r.migration}|${r.backend}`))];
  const lines = [
    `# Migration certification: ${cert.verdict}`,
    "",
    `commit \`${cert.commit}\` · sources \`${cert.sourceHash.slice(0, 12)}\` · ${cert.runsPerInvariant} runs per invariant · ` +
      `${(cert.durationMs / 1000).toFixed(1)} s · backends: ${cert.backends.join(", ")}`,
    "",
    `| migration | backend | ${invariantNames.join(" | ")} |`,
    `|---|---|${invariantNames.map(() => "---").join("|")}|`,
  ];
  for (const key of migrations) {
    const [migration, backend] = key.split("|");
    const cells = invariantNames.map((name) => {
      const r = cert.results.find((x) => x.migration === migration && x.backend === backend && x.invariant === name);
      return r ? mark[r.status] : "—";
    });
    lines.push(`| ${migration} | ${backend} | ${cells.join(" | ")} |`);
  }
  const failures = cert.results.filter((r): r is FailedResult => r.status === "failed");
  if (failures.length > 0) {
    lines.push("", "## Failures");
    for (const f of failures) lines.push("", "```", formatFailure(f), "```");
  }
  const notes = cert.results.filter((r) => r.status === "not-applicable" || r.status === "skipped");
  if (notes.length > 0) {
    lines.push("", "## Not checked");
    for (const r of notes) lines.push(`- ${r.migration} › ${r.invariant} [${r.backend}]: ${"reason" in r ? r.reason : ""}`);
  }
  if (cert.errors.length > 0) lines.push("", "## Errors", ...cert.errors.map((e) => `- ${e}`));
  lines.push("", `Versions: ${Object.entries(cert.versions).map(([k, v]) => `${k} ${v}`).join(", ")}`);
  return lines.join("\n") + "\n";
}
