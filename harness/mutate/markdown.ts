import { duration } from "../model/duration.js";
import type { MutantOutcome, MutantRecord } from "./classify.js";
import type { MigrationMutation, MutationReport } from "./results.js";

/** What each listed outcome is called in the summary, in the order listed. */
const LISTED: Array<[MutantOutcome, string]> = [
  ["survived", "Survivors: spec gaps to close, or equivalent mutants to mark"],
  ["timed-out", "Timed out (StrykerJS gave up before the suite reported anything: not a kill)"],
  ["no-coverage", "No coverage (no invariant runs this code)"],
  ["equivalent", "Equivalent (marked in the source, with the reason; not scored)"],
  ["error", "Errors (the mutant could not run; not scored)"],
];

/**
 * The Markdown summary: a table of every migration's score and counts,
 * then per migration every mutant that was not killed, with its place, the
 * code it changes and the invariants that ran against it. Short enough for
 * a pull-request comment when the spec is strong.
 */
export function renderMutationMarkdown(report: MutationReport): string {
  const all = Object.values(report.migrations).sort((a, b) => a.migration.localeCompare(b.migration));
  const out = [
    "# Mutation testing",
    "",
    "StrykerJS mutates each migration's code and runs the migration's invariants against every mutant.",
    "Score = killed / (killed + survived + timed out + no coverage); equivalent mutants, marked in the",
    "source with their reason, are left out. A timeout counts as killed only when the suite itself",
    "reported it (a deadline or termination failure).",
    "",
    "| migration | score | killed | survived | timed out | no coverage | equivalent | errors | runs | time | status |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|",
    ...all.map((m) => {
      const c = m.counts;
      const score = m.score === null ? "–" : `${m.score.toFixed(1)}%`;
      return `| ${m.migration} | ${score} | ${c.killed} | ${c.survived} | ${c.timedOut} | ${c.noCoverage} | ${c.equivalent} | ${c.errors} | ${m.runs} | ${duration(m.durationMs)} | ${m.status}${m.note ? `: ${m.note}` : ""} |`;
    }),
    "",
  ];
  for (const m of all) out.push(...section(m));
  return `${out.join("\n")}\n`;
}

function section(m: MigrationMutation): string[] {
  const out = [
    `## ${m.migration}${m.score === null ? "" : `: ${m.score.toFixed(1)}%`}`,
    "",
    `Spec file \`${m.specFile}\`; ${m.runs} runs per invariant, seed ${m.seed}${m.incremental ? ", incremental" : ""}; commit ${m.commit}, ${m.createdAt.slice(0, 16).replace("T", " ")}.`,
    `Mutated: ${m.files.map((f) => `\`${f}\``).join(", ") || "nothing"}.${m.html ? ` StrykerJS's report: \`${m.html}\`.` : ""}`,
    "",
  ];
  // The suite's every invariant, as the mutants saw them: a survivor that met all of them says so in a word.
  const suite = new Set(m.mutants.flatMap((x) => x.invariants));
  for (const [outcome, title] of LISTED) {
    const mutants = m.mutants.filter((x) => x.outcome === outcome);
    if (mutants.length === 0) continue;
    out.push(`### ${title}: ${mutants.length}`, "", ...mutants.map((x) => `- ${describe(x, suite.size)}`), "");
  }
  return out;
}

function describe(m: MutantRecord, suiteSize: number): string {
  const change = `\`${code(m.original)}\` -> \`${code(m.mutated)}\``;
  const ran = m.invariants.length > 1 && m.invariants.length === suiteSize ? `all ${suiteSize}` : m.invariants.join(", ") || "none";
  const detail = m.outcome === "equivalent" || m.outcome === "error" ? (m.reason ? ` — ${m.reason}` : "") : ` (ran: ${ran})`;
  return `\`${m.file}:${m.line}:${m.column}\` ${m.mutator}: ${change}${detail}`;
}

/** Backticks inside inline code would end it. */
function code(text: string): string {
  return text.replace(/`/g, "'");
}
