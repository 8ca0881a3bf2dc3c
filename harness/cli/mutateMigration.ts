import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { classifyMutants, countMutants, mutationScore } from "../mutate/classify.js";
import { readStrykerEvents, type StrykerEvents } from "../mutate/events.js";
import { filesToMutate } from "../mutate/files.js";
import type { MutatePlan } from "../mutate/plan.js";
import { migrationDir, recordMigration } from "../mutate/report.js";
import type { MigrationMutation } from "../mutate/results.js";
import { runStryker, strykerLogTail, STRYKER_VERSION } from "../mutate/stryker.js";
import type { MutationTargets } from "../mutate/targets.js";
import { ResultCollector } from "../vitest/reporters/collector.js";
import { duration } from "../model/duration.js";
import { ProgressReporter } from "../vitest/reporters/progressReporter.js";
import { MODE_VARIABLE, planVariables, type ResolvedHarnessOptions } from "../model/config.js";
import { closeRun, openSpecRun, runWithBudget } from "./runSpecs.js";

/** What every migration's run shares. */
export interface MutateContext {
  options: ResolvedHarnessOptions;
  config: string;
  bin: string;
  runs: number;
  seed: number;
  concurrency: number;
  incremental: boolean;
  /** When the command's budget runs out (epoch ms). */
  deadline: number;
  sourceHash: string;
  commit: string;
}

export interface MigrationToMutate {
  migration: string;
  file: string;
  targets: MutationTargets;
  /** "2/7", for progress lines. */
  position: string;
}

/** Less than this left of the budget: a migration is not started (StrykerJS's start and initial run alone take about a minute). */
const MIN_LEFT_MS = 2 * 60_000;

/**
 * One migration: the files to mutate, its suite once unmutated (a red
 * suite stops it here), StrykerJS over the files, and its result recorded
 * in the mutation report, whatever happened.
 */
export async function mutateMigration(ctx: MutateContext, m: MigrationToMutate): Promise<MigrationMutation> {
  const started = Date.now();
  const { root, reports } = ctx.options;
  const dir = migrationDir(reports, m.migration);
  const plan: MutatePlan = { migration: m.migration, file: m.file, runs: ctx.runs, seed: ctx.seed };
  const result: MigrationMutation = {
    migration: m.migration, specFile: m.file, files: [], status: "not-run", score: null, counts: countMutants([]), mutants: [],
    runs: ctx.runs, seed: ctx.seed, incremental: ctx.incremental, sourceHash: ctx.sourceHash, commit: ctx.commit,
    createdAt: new Date(started).toISOString(), durationMs: 0, html: null, strykerVersion: STRYKER_VERSION,
  };
  const finish = (outcome: Partial<MigrationMutation>): MigrationMutation => {
    const done = { ...result, ...outcome, durationMs: Date.now() - started };
    recordMigration(root, reports, done);
    return done;
  };

  try {
    result.files = filesToMutate(root, ctx.options.convex, m.targets);
  } catch (error) {
    console.log(`\n[${m.position}] ${m.migration}: ${(error as Error).message}`);
    return finish({ status: "failed", note: (error as Error).message });
  }
  if (ctx.deadline - Date.now() < MIN_LEFT_MS) {
    console.log(`\n[${m.position}] ${m.migration}: not run, the budget ran out`);
    return finish({ note: "not reached within the budget" });
  }
  console.log(`\n[${m.position}] ${m.migration}: ${result.files.length} file(s) to mutate (${result.files.join(", ")})`);

  const red = await unmutatedSuite(ctx, m, plan);
  if (red) return finish({ status: "red-suite", note: red });

  const progress = new StrykerProgress(`mutate ${m.migration} [${m.position}]`, ctx.deadline);
  const eventsDir = join(root, dir, "events");
  const exit = await runStryker(
    { root, migration: m.migration, files: result.files, config: ctx.config, dir, plan, concurrency: ctx.concurrency, incremental: ctx.incremental },
    ctx.bin,
    ctx.deadline,
    () => console.log(progress.line(readStrykerEvents(eventsDir))),
  );
  const events = readStrykerEvents(eventsDir);
  const mutants = classifyMutants(root, events);
  const counts = countMutants(mutants);
  const html = existsSync(join(root, dir, "index.html")) ? `${dir}/index.html` : null;
  const scored = { mutants, counts, score: mutationScore(counts), html };
  if (exit.kind === "stopped") {
    const note = `stopped at the budget after ${events.tested.length} of ${events.planned ?? "?"} mutants`;
    console.log(`${m.migration}: ${note}`);
    return finish({ ...scored, status: "incomplete", note });
  }
  if (exit.code !== 0 || !events.finished) {
    console.log(`${m.migration}: StrykerJS failed (exit code ${exit.code}); the end of ${dir}/stryker.log:\n${strykerLogTail(root, dir)}`);
    return finish({ ...scored, status: "failed", note: `StrykerJS exited with code ${exit.code} (see ${dir}/stryker.log)` });
  }
  // Its results are in the report now; the log of a finished run is only its size.
  rmSync(eventsDir, { recursive: true, force: true });
  const c = counts;
  console.log(`${m.migration}: ${scored.score === null ? "no mutant to score" : `${scored.score.toFixed(1)}%`} — ${c.killed} killed, ${c.survived} survived, ` +
    `${c.timedOut} timed out, ${c.noCoverage} without coverage, ${c.equivalent} equivalent, ${c.errors} errors (${duration(Date.now() - started)})`);
  return finish({ ...scored, status: "complete" });
}

/**
 * The migration's suite once, unmutated, in mutate mode (its invariants at
 * mutation run counts). Returns why it is red, or null when it passes:
 * every mutant would be "killed" by a suite that already fails.
 */
async function unmutatedSuite(ctx: MutateContext, m: MigrationToMutate, plan: MutatePlan): Promise<string | null> {
  const collector = new ResultCollector();
  const progress = new ProgressReporter(`mutate ${m.migration} [${m.position}]: the unmutated suite`, ctx.deadline);
  const run = await openSpecRun("mutate", planVariables("mutate", plan), ["memory"], [collector, progress], ctx.config);
  run.files = [m.file];
  const started = Date.now();
  const finished = await runWithBudget(run, Math.max(1, ctx.deadline - Date.now()));
  progress.stop();
  await closeRun(run);
  const failed = collector.results.filter((r) => r.status === "failed").map((r) => `${r.invariant} (${r.status === "failed" ? r.failure.summary : ""})`);
  const problems = [...failed, ...collector.errors.map((e) => e.split("\n")[0])];
  if (finished.timedOut) problems.push(`the suite did not finish within the budget: ${finished.unfinished.join(", ")}`);
  if (problems.length === 0) {
    const ran = collector.results.filter((r) => r.status === "passed").length;
    console.log(`${m.migration}: the unmutated suite passes (${ran} invariants, ${duration(Date.now() - started)}); mutating`);
    return null;
  }
  console.log(`${m.migration}: the suite fails without any mutant, so every mutant would count as killed and the score would mean nothing. Not mutating. Fix these first:`);
  for (const problem of problems) console.log(`  - ${problem}`);
  console.log(`  (replay: ${MODE_VARIABLE}=test npx vitest run ${m.file})`);
  return `the unmutated suite fails: ${problems.join("; ")}`;
}

/** Progress of a StrykerJS run from its event log: mutants done of planned, outcomes so far, time left, the file being mutated. */
class StrykerProgress {
  private readonly started = Date.now();
  /** When the first mutant result came, and how many were there then (early results: uncovered, reused). */
  private first: { at: number; tested: number } | null = null;

  constructor(private readonly label: string, private readonly deadline: number) {}

  line(events: StrykerEvents, now = Date.now()): string {
    const elapsed = duration(now - this.started);
    const budget = `${duration(Math.max(0, this.deadline - now))} left in the budget`;
    if (events.planned === null) return `${this.label}: StrykerJS's initial run (unmutated, coverage per test), ${elapsed}, ${budget}`;
    const tested = events.tested.length;
    this.first ??= { at: now, tested };
    const count = (status: string) => events.tested.filter((t) => t.status === status).length;
    const rate = tested > this.first.tested ? (now - this.first.at) / (tested - this.first.tested) : null;
    const left = rate === null ? "" : `, about ${duration(rate * (events.planned - tested))} left`;
    const last = events.tested.at(-1)?.fileName.replace(`${process.cwd()}/`, "");
    return `${this.label}: ${tested}/${events.planned} mutants (${count("Killed")} killed, ${count("Survived")} survived, ${count("Timeout")} timed out), ` +
      `${elapsed}${left}, ${budget}${last ? `; now: ${last}` : ""}`;
  }
}
