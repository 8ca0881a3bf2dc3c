/**
 * `npm run fuzz`: the same properties as npm test, for a time budget, with
 * fresh seeds. Each (migration, invariant) pair of the shard gets an equal
 * share of the time left and fuzzes in rounds (a new seed each); a failure is
 * saved to the corpus (suites/corpus/), which npm test replays from then on.
 * Writes vitest's JUnit and JSON reports and a summary to reports/fuzz/.
 *
 *   npm run fuzz -- --time 10m
 *   npm run fuzz -- --time 30m --shard 2/4 --backend memory,container
 *   npm run fuzz -- --time 20s --migration apiKeysToTable_skipsFirstOfPage --seed 1
 *
 * Design: one vitest run with an in-vitest loop (harness/cli/runners/
 * fuzz.run.ts), not rounds of startVitest: vitest and the app load once
 * instead of once per round (seconds each), the budget is kept per run
 * rather than per round, and failures are saved from inside the worker,
 * where the dataset still holds its bigints and bytes.
 *
 * Exit codes: 0 nothing found; 1 a failure was found (saved to the corpus) or
 * the harness failed; 2 a requested backend could not run.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startVitest } from "vitest/node";
import { ResultCollector } from "../report/collector.js";
import { ConsoleReporter } from "../report/consoleReporter.js";
import { redactText } from "../redact.js";
import { parseArgs } from "./args.js";
import { FUZZ_PLAN_VARIABLE, type FuzzPlan } from "./fuzzPlan.js";
import type { FuzzPropertyReport } from "./fuzzProperty.js";
import { formatDuration } from "./fuzzProperty.js";
import { gitCommit, versions } from "./provenance.js";

const args = parseArgs(
  process.argv.slice(2),
  { runs: 0, time: 10 * 60_000, shard: { index: 1, count: 1 }, backends: ["memory"], coverageRuns: 0, minCoverage: 0, roundRuns: 10, corpus: "suites/corpus" },
  ["time", "seed", "shard", "backends", "migrations", "roundRuns", "corpus"],
);
const started = Date.now();
const corpusDir = args.corpus === "none" ? null : args.corpus;
const plan: FuzzPlan = {
  deadline: started + args.time,
  shard: args.shard,
  seed: args.seed,
  migrations: args.migrations,
  roundRuns: args.roundRuns,
  corpusDir,
};
process.env.HARNESS_CLI = "1";
process.env[FUZZ_PLAN_VARIABLE] = JSON.stringify(plan);
const out = join("reports", "fuzz", `shard-${args.shard.index}-of-${args.shard.count}`);
mkdirSync(out, { recursive: true });
const corpusBefore = listCorpus();

console.log(`Fuzzing shard ${args.shard.index}/${args.shard.count} on ${args.backends.join(", ")} for ${formatDuration(args.time)}` +
  `${args.seed === undefined ? " (fresh seeds)" : ` (seed ${args.seed})`}; failures go to ${corpusDir ?? "no corpus"}`);
const collector = new ResultCollector();
const vitest = await startVitest("test", ["harness/cli/runners/fuzz.run.ts"], {
  project: args.backends,
  run: true,
  watch: false,
  reporters: [
    new ConsoleReporter(["fuzz ", "corpus:"]),
    collector,
    ["junit", { outputFile: join(out, "junit.xml") }],
    ["json", { outputFile: join(out, "results.json") }],
  ],
} as never);
await vitest.close();

// vitest wrote these itself: its messages are already redacted by the runner; this is the safety net.
for (const file of ["junit.xml", "results.json"].map((f) => join(out, f))) {
  if (existsSync(file)) writeFileSync(file, redactText(readFileSync(file, "utf8")));
}
const reports = collector.fuzz as FuzzPropertyReport[];
const failures = reports.filter((r) => r.status === "failed");
const skipped = reports.filter((r) => r.status === "skipped");
const unavailable = args.backends.filter((b) => !reports.some((r) => r.backend === b && r.status !== "skipped"));
const added = listCorpus().filter((f) => !corpusBefore.includes(f));
const summary = {
  createdAt: new Date().toISOString(),
  commit: gitCommit(),
  versions: versions(),
  shard: args.shard,
  backends: args.backends,
  budgetMs: args.time,
  durationMs: Date.now() - started,
  runs: reports.reduce((n, r) => n + r.runs, 0),
  failures: failures.map((r) => ({
    migration: r.migration, invariant: r.invariant, backend: r.backend,
    seed: r.findings[0]?.seed, path: r.findings[0]?.path, summary: r.findings[0]?.summary, corpusFile: r.findings[0]?.corpusFile,
  })),
  skipped: skipped.map((r) => ({ migration: r.migration, invariant: r.invariant, backend: r.backend, reason: r.reason })),
  corpusAdded: added,
  errors: collector.errors,
  properties: reports.map(({ findings, ...rest }) => ({ ...rest, failures: findings.length })),
};
writeFileSync(join(out, "summary.json"), redactText(JSON.stringify(summary, null, 2)) + "\n");

console.log(`\nFuzzed ${reports.length - skipped.length} properties, ${summary.runs} runs in ${formatDuration(summary.durationMs)}: ` +
  `${failures.length} failure(s), ${added.length} new corpus file(s)${skipped.length ? `, ${skipped.length} skipped` : ""}`);
for (const f of failures) console.log(`  ✗ ${f.migration} › ${f.invariant} [${f.backend}]: ${f.findings[0]?.summary}${f.findings[0]?.corpusFile ? ` -> ${f.findings[0].corpusFile}` : ""}`);
for (const e of collector.errors) console.log(`  ✗ ${redactText(e.split("\n")[0])}`);
for (const b of unavailable) console.log(`  ↷ backend ${b} did not run${skipped[0]?.reason ? `: ${skipped[0].reason}` : ""}`);
console.log(`Reports: ${out}/{junit.xml,results.json,summary.json}`);
process.exit(failures.length > 0 || collector.errors.length > 0 ? 1 : unavailable.length > 0 ? 2 : 0);

function listCorpus(): string[] {
  return corpusDir && existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith(".json")).map((f) => join(corpusDir, f)) : [];
}
