import { formatFailure } from "./failure.js";
import type { CheckResult } from "../model/result.js";
import type { Certificate } from "./certificate.js";
import type { CoverageReport } from "./coverage.js";
import { htmlStyle } from "./htmlStyle.js";
import { cell, clip, columnsOf, countBy, failuresOf, mutationLine, rowsOf, snapshotLine, totalRuns } from "./summary.js";
import { minutesAndSeconds } from "../model/duration.js";

const symbol: Record<CheckResult["status"], string> = { passed: "✓", failed: "✗", "not-applicable": "–", skipped: "↷" };

/**
 * The certificate as one self-contained page (inline CSS, no script, no
 * request): verdict and reasons, failures first, the invariant matrix, a bar
 * chart of data-class coverage against its minimum, then provenance.
 */
export function renderHtml(cert: Certificate): string {
  const counts = countBy(cert.results);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Migration certification: ${esc(cert.verdictLine)} (${esc(cert.commit)})</title>
<style>${htmlStyle}</style></head>
<body>
<header class="verdict ${cert.verdict.toLowerCase()}">
  <h1>Migration certification: ${esc(cert.verdictLine)}</h1>
  <ul>${cert.reasons.map((r) => `<li>${esc(r)}</li>`).join("")}</ul>
  <p class="stats"><b>${counts.passed}</b> passed · <b>${counts.failed}</b> failed · <b>${counts["not-applicable"]}</b> not applicable · <b>${counts.skipped}</b> skipped ·
  <b>${totalRuns(cert.results)}</b> property runs · ${minutesAndSeconds(cert.durationMs)}</p>
</header>
<main>
${failures(cert)}
${matrix(cert)}
${coverage(cert.coverage)}
${snapshot(cert)}
${notChecked(cert)}
${provenance(cert)}
</main></body></html>
`;
}

function failures(cert: Certificate): string {
  const list = failuresOf(cert);
  const errors = cert.errors.map((e) => `<div class="card error"><h3>Harness error</h3><pre>${esc(clip(e, 30))}</pre></div>`).join("");
  if (list.length === 0 && !errors) return "";
  const cards = list.map((f) => `<div class="card failure"><h3>${esc(f.migration)} › ${esc(f.invariant)} <span class="tag">${esc(f.backend)}</span></h3>
<p>${esc(f.failure.summary)}</p><details open><summary>Counterexample, diff and replay command</summary><pre>${esc(clip(formatFailure(f), 80))}</pre></details></div>`);
  return `<section><h2>Failures (${list.length})</h2>${cards.join("")}${errors}</section>`;
}

function matrix(cert: Certificate): string {
  const columns = columnsOf(cert.results);
  if (columns.length === 0) return "";
  const head = columns.map((c) => `<th class="col"><span>${esc(c.label)}</span></th>`).join("");
  const rows = rowsOf(cert.results).map((name) => {
    const cells = columns.map((c) => {
      const r = cell(cert.results, name, c);
      if (!r) return `<td></td>`;
      if (r.status === "passed" && r.vacuous) return `<td class="skipped" title="${esc(r.vacuous.message)}">⚠</td>`;
      const title = r.status === "passed" ? `${r.runs} runs, seed ${r.seed}` : r.status === "failed" ? r.failure.summary : r.reason;
      return `<td class="${r.status}" title="${esc(title)}">${symbol[r.status]}</td>`;
    });
    return `<tr><th>${esc(name)}</th>${cells.join("")}</tr>`;
  });
  return `<section><h2>Invariants by migration</h2><table class="matrix"><thead><tr><th></th>${head}</tr></thead><tbody>${rows.join("")}</tbody></table>
<p class="legend"><span class="passed">✓ held</span> <span class="failed">✗ failed</span> <span class="not-applicable">– not applicable</span> <span class="skipped">↷ skipped</span> <span class="skipped">⚠ held, but forward wrote nothing</span> · hover a cell for runs and seed</p></section>`;
}

function coverage(reports: CoverageReport[]): string {
  if (reports.length === 0) return "";
  const blocks = reports.map((report) => {
    if (!report.declared) return `<div class="coverage"><h3>${esc(report.migration)}</h3><p class="warn">No data classes declared.</p></div>`;
    const threshold = (report.minimum / report.samples) * 100;
    const bars = report.classes.map((name) => {
      const count = report.counts[name] ?? 0;
      const share = (count / report.samples) * 100;
      const low = count < report.minimum;
      return `<div class="bar${low ? " low" : ""}"><span class="name">${esc(name)}</span><span class="track"><span class="fill" style="width:${Math.max(share, 0.4).toFixed(2)}%"></span><span class="min" style="left:${threshold.toFixed(2)}%"></span></span><span class="count">${count}</span></div>`;
    });
    const short = report.classes.filter((name) => (report.counts[name] ?? 0) < report.minimum).length;
    return `<div class="coverage"><h3>${esc(report.migration)} <span class="tag">${report.classes.length} classes${short ? `, <b>${short} below minimum</b>` : ""}</span></h3>${bars.join("")}</div>`;
  });
  const first = reports[0];
  return `<section><h2>Data-class coverage</h2><p class="legend">Datasets (of ${first.samples} sampled, seed ${first.seed}) in which each class appears; the red line is the minimum of ${first.minimum}.</p><div class="coverage-grid">${blocks.join("")}</div></section>`;
}

function snapshot(cert: Certificate): string {
  if (!cert.snapshot) return "";
  const { report } = cert.snapshot;
  const problems = report.problems.slice(0, 100).map((p) => `<li>${esc(p.table ?? "zip")}${p.line ? ` line ${p.line}` : ""}${p.id ? ` <code>${esc(p.id)}</code>` : ""}: ${esc(p.message)}</li>`);
  return `<section><h2>Snapshot ${esc(report.file)}</h2>
<p>${esc(snapshotLine(cert.snapshot))}</p>
${problems.length ? `<details><summary>${report.problems.length} problem(s) loading the export</summary><ul>${problems.join("")}</ul></details>` : ""}
${report.notes.map((n) => `<p class="legend">${esc(n)}</p>`).join("")}</section>`;
}

function notChecked(cert: Certificate): string {
  const notes = cert.results.filter((r) => r.status === "not-applicable" || r.status === "skipped");
  if (notes.length === 0) return "";
  const items = notes.map((r) => `<li><b>${esc(r.migration)} › ${esc(r.invariant)}</b> [${esc(r.backend)}]: ${esc("reason" in r ? r.reason : "")}</li>`);
  return `<section><details><summary>Not checked, and why (${notes.length})</summary><ul>${items.join("")}</ul></details></section>`;
}

function provenance(cert: Certificate): string {
  const rows: Array<[string, string]> = [
    ["Commit", cert.commit],
    ["Sources (sha256 of schema and migrations)", cert.sourceHash],
    ...(cert.mutationScores ? [["Mutation score (mutate, same sources)", mutationLine(cert.mutationScores)] as [string, string]] : []),
    ["Backends", cert.backends.map((b) => (b.ran ? `${b.backend}: ran` : `${b.backend}: did not run (${b.reason})`)).join("; ")],
    ["Runs per invariant", String(cert.runsPerInvariant)],
    ["Seed", `${cert.seed} (repeat with HARNESS_SEED=${cert.seed})`],
    ["Created", cert.createdAt],
    ["Duration", minutesAndSeconds(cert.durationMs)],
    ["Versions", Object.entries(cert.versions).map(([k, v]) => `${k} ${v}`).join(", ")],
    ...(cert.corpusAdded.length ? [["Corpus files added", cert.corpusAdded.join(", ")] as [string, string]] : []),
  ];
  return `<section><h2>Provenance</h2><table class="provenance">${rows.map(([k, v]) => `<tr><th>${esc(k)}</th><td><code>${esc(v)}</code></td></tr>`).join("")}</table></section>`;
}

function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
