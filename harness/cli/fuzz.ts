/**
 * `fuzz`: the same properties as npm test, for a time budget, with fresh
 * seeds. Each (migration, invariant) pair of the shard gets an equal share
 * of the time left and fuzzes in rounds (a new seed each); a failure is
 * saved to the corpus, which npm test replays from then on, and its replay
 * command is printed. Writes vitest's JUnit and JSON reports and a summary
 * to <reports>/fuzz/shard-<i>-of-<n>/.
 *
 * Exit codes: 0 nothing found; 1 a failure was found (saved to the corpus),
 * the harness failed or the run had to be stopped; 2 a usage error, or a
 * requested backend could not run.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { resolveDeadline } from "../engine/deadline.js";
import { resolveShrinkBudget } from "../engine/shrinkBudget.js";
import { writeShardProperties, type FuzzPlan } from "../fuzz/plan.js";
import type { FuzzPropertyReport } from "../fuzz/property.js";
import { dealShard } from "../fuzz/shard.js";
import { redactText } from "../model/redact.js";
import { ResultCollector } from "../vitest/reporters/collector.js";
import { ConsoleReporter } from "../vitest/reporters/consoleReporter.js";
import { duration } from "../model/duration.js";
import { ProgressReporter } from "../vitest/reporters/progressReporter.js";
import { parseCommand, parseDuration, parseList, parseShard, positiveInteger, integer, UsageError, type CommandSpec } from "./parse.js";
import { gitCommit, versions } from "./provenance.js";
import { planVariables, type ResolvedHarnessOptions } from "../model/config.js";
import { closeRun, collectSpecTests, openSpecRun, runWithBudget } from "./runSpecs.js";

export const fuzzCommand: CommandSpec = {
  name: "fuzz",
  summary: "Fuzz every migration's invariants for a time budget with fresh seeds; every failure goes to the corpus, with its replay command.",
  options: {
    time: { type: "string", usage: "--time 10m", help: "time budget (default 10m)" },
    seed: { type: "string", usage: "--seed N", help: "base seed, for a repeatable run (default: fresh seeds)" },
    shard: { type: "string", usage: "--shard i/n", help: "run shard i of n (the properties are dealt round-robin)" },
    backend: { type: "string", usage: "--backend memory,container", help: "backends (default memory)" },
    migration: { type: "string", usage: "--migration a,b", help: "only these migrations or faults (a fault is <migration>_<fault>)" },
    "round-runs": { type: "string", usage: "--round-runs N", help: "most runs per round (default 10)" },
    corpus: { type: "string", usage: "--corpus dir|none", help: "where failures are saved (default: the preset's corpus folder)" },
  },
  examples: [
    "npx convex-migration-harness fuzz --time 10m",
    "npx convex-migration-harness fuzz --time 30m --shard 2/4 --backend memory,container",
    "npx convex-migration-harness fuzz --time 20s --migration apiKeysToTable_skipsFirstOfPage --seed 1",
  ],
};

/** Beyond the budget: reporting and winding down. */
const MARGIN_MS = 30_000;

export async function fuzzMain(argv: string[], invocation: string): Promise<number> {
  const values = parseCommand(fuzzCommand, argv, invocation);
  if (values === null) return 0;
  const started = Date.now();
  const time = parseDuration("time", values.time) ?? 10 * 60_000;
  const shard = parseShard(values.shard) ?? { index: 1, count: 1 };
  const backends = parseList("backend", values.backend, ["memory", "container"]) ?? ["memory"];
  const migrations = parseList("migration", values.migration);
  const stateDir = mkdtempSync(join(tmpdir(), "harness-fuzz-"));
  const plan: FuzzPlan = {
    deadline: started + time,
    shard,
    seed: integer("seed", values.seed),
    migrations,
    roundRuns: positiveInteger("round-runs", values["round-runs"]) ?? 10,
    corpusDir: null,
    stateDir,
    workers: 1,
  };
  const collector = new ResultCollector();
  const progress = new ProgressReporter("fuzz", plan.deadline);
  try {
    // The plan's corpus folder and worker count are known once the config is loaded: they are written before the run starts.
    const probe = await openSpecRun("fuzz", planVariables("fuzz", plan), backends, []);
    const root = probe.options.root;
    const out = join(resolve(root, probe.options.reports), "fuzz", `shard-${shard.index}-of-${shard.count}`);
    mkdirSync(out, { recursive: true });
    plan.corpusDir = values.corpus === "none" ? null : resolve(root, typeof values.corpus === "string" ? values.corpus : probe.options.corpus);
    plan.workers = Math.max(1, Math.min(probe.vitest.config.maxWorkers ?? 1, probe.files.length));
    const found = await fuzzProperties(probe, migrations);
    await closeRun(probe);
    const names = found.map((f) => f.name);
    const mine = dealShard(names, shard);
    writeShardProperties(plan, mine);

    const run = await openSpecRun("fuzz", planVariables("fuzz", plan), backends, [
      new ConsoleReporter(["fuzz ", "corpus:"]),
      collector,
      progress,
      ["junit", { outputFile: join(out, "junit.xml") }] as never,
      ["json", { outputFile: join(out, "results.json") }] as never,
    ]);
    // Only the spec files with a property in this shard: the others would have no test to run.
    run.files = [...new Set(found.filter((f) => mine.includes(f.name)).map((f) => f.file))];
    const corpusBefore = listCorpus(plan.corpusDir);
    console.log(`Fuzzing shard ${shard.index}/${shard.count} (${mine.length} properties) on ${backends.join(", ")} for ${duration(time)}` +
      `${plan.seed === undefined ? " (fresh seeds)" : ` (seed ${plan.seed})`}; failures go to ${plan.corpusDir ?? "no corpus"}`);
    const slack = resolveShrinkBudget(undefined) + Math.max(...backends.map((b) => resolveDeadline(b as "memory", undefined))) + MARGIN_MS;
    const finished = await runWithBudget(run, Math.max(1, plan.deadline + slack - Date.now()));
    progress.stop();
    const code = report({ collector, finished, out, plan, backends, started, time, options: probe.options, corpusBefore });
    // Closed after the reports are written: a stuck worker must not keep them from being written.
    await closeRun(run);
    return code;
  } finally {
    progress.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

/** Every property the spec files would fuzz (collected, not run), with its spec file, checked against --migration. */
async function fuzzProperties(run: Awaited<ReturnType<typeof openSpecRun>>, migrations: string[] | undefined): Promise<Array<{ name: string; file: string }>> {
  const found = (await collectSpecTests(run)).map((t) => ({ ...t, fault: t.fullName.startsWith("faults ") }));
  const target = (name: string) => name.replace(/^fuzz /, "").split(" › ")[0];
  if (migrations) {
    const known = [...new Set(found.map((f) => target(f.name)))].sort();
    const unknown = migrations.filter((m) => !known.includes(m));
    if (unknown.length > 0) throw new UsageError(`--migration: unknown ${unknown.join(", ")}; known migrations and faults: ${known.join(", ")}`);
    return found.filter((f) => migrations.includes(target(f.name)));
  }
  return found.filter((f) => !f.fault);
}

interface ReportInput {
  collector: ResultCollector;
  finished: { timedOut: boolean; unfinished: string[] };
  out: string;
  plan: FuzzPlan;
  backends: string[];
  started: number;
  time: number;
  options: ResolvedHarnessOptions;
  corpusBefore: string[];
}

function report({ collector, finished, out, plan, backends, started, time, options, corpusBefore }: ReportInput): number {
  const { root } = options;
  // vitest wrote these itself: the harness's messages are already redacted; this is the safety net.
  for (const file of ["junit.xml", "results.json"].map((f) => join(out, f))) {
    if (existsSync(file)) writeFileSync(file, redactText(readFileSync(file, "utf8")));
  }
  const reports = collector.fuzz as FuzzPropertyReport[];
  const failures = reports.filter((r) => r.status === "failed");
  const skipped = reports.filter((r) => r.status === "skipped");
  const unavailable = backends.filter((b) => !reports.some((r) => r.backend === b && r.status !== "skipped"));
  const errors = [...collector.errors, ...(finished.timedOut ? [`the run was stopped past its budget; unfinished: ${finished.unfinished.join(", ")}`] : [])];
  const added = listCorpus(plan.corpusDir).filter((f) => !corpusBefore.includes(f));
  const summary = {
    createdAt: new Date().toISOString(),
    commit: gitCommit(options),
    versions: versions(root),
    shard: plan.shard,
    backends,
    budgetMs: time,
    durationMs: Date.now() - started,
    runs: reports.reduce((n, r) => n + r.runs, 0),
    failures: failures.map((r) => ({
      migration: r.migration, invariant: r.invariant, backend: r.backend, seed: r.findings[0]?.seed, path: r.findings[0]?.path,
      summary: r.findings[0]?.summary, replay: r.findings[0]?.replay, corpusFile: r.findings[0]?.corpusFile,
    })),
    skipped: skipped.map((r) => ({ migration: r.migration, invariant: r.invariant, backend: r.backend, reason: r.reason })),
    corpusAdded: added.map((f) => f.replace(`${root}/`, "")),
    errors,
    properties: reports.map(({ findings, ...rest }) => ({ ...rest, failures: findings.length })),
  };
  writeFileSync(join(out, "summary.json"), redactText(JSON.stringify(summary, null, 2)) + "\n");
  const shown = (path: string) => path.replace(`${root}/`, "");
  console.log(`\nFuzzed ${reports.length - skipped.length} properties, ${summary.runs} runs in ${duration(summary.durationMs)}: ` +
    `${failures.length} failure(s), ${added.length} new corpus file(s)${skipped.length ? `, ${skipped.length} skipped` : ""}`);
  for (const f of failures) {
    const finding = f.findings[0];
    console.log(`  ✗ ${f.migration} › ${f.invariant} [${f.backend}]: ${finding?.summary}${finding?.corpusFile ? ` -> ${shown(finding.corpusFile)}` : ""}`);
    if (finding) console.log(`    replay: ${finding.replay}`);
  }
  for (const e of errors) console.log(`  ✗ ${redactText(e.split("\n")[0])}`);
  for (const b of unavailable) console.log(`  ↷ backend ${b} did not run${skipped[0]?.reason ? `: ${skipped[0].reason}` : ""}`);
  console.log(`Reports: ${shown(out)}/{junit.xml,results.json,summary.json}`);
  return failures.length > 0 || errors.length > 0 ? 1 : unavailable.length > 0 ? 2 : 0;
}

function listCorpus(dir: string | null): string[] {
  return dir && existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".json")).map((f) => join(dir, f)) : [];
}
