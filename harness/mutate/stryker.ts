import { spawn } from "node:child_process";
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { MutatePlan } from "./plan.js";
import { DEADLINE_VARIABLE, inheritedEnvironment, MODE_VARIABLE, planVariables, SHRINK_BUDGET_VARIABLE } from "../model/config.js";

/**
 * The StrykerJS this command is written against on the running Node (its
 * vitest runner has the same version): 10 where Node 22 or later runs (10
 * requires it), 9.6 on Node 20.
 */
export function strykerVersion(node = process.versions.node): string {
  return Number(node.split(".")[0]) >= 22 ? "10.1.1" : "9.6.1";
}

/** The StrykerJS to install and record on this Node. */
export const STRYKER_VERSION = strykerVersion();

/** What one migration's StrykerJS run needs. */
export interface StrykerRun {
  root: string;
  migration: string;
  /** Files to mutate, relative to the root. */
  files: string[];
  /** The mutation vitest config, relative to the root. */
  config: string;
  /** reports/mutation/<migration>/, relative to the root. */
  dir: string;
  plan: MutatePlan;
  concurrency: number;
  /** Rerun only mutants in changed code (StrykerJS's incremental mode); otherwise every mutant, and the incremental file is rewritten. */
  incremental: boolean;
}

/**
 * Beyond what StrykerJS measures in its initial run (timeoutFactor x the
 * covering tests' time): longer than a call's deadline in mutation runs plus
 * the invariants that run before a hung one, so that the harness reports a
 * hang as a deadline failure before StrykerJS gives up on the mutant.
 */
const TIMEOUT_MS = 60_000;

/** One call's deadline against a mutant: batches of a few documents take milliseconds; a hang fails in 5 s, not 10. */
const MUTATION_DEADLINE_MS = "5000";

/**
 * StrykerJS's options for one migration: the vitest runner on the mutation
 * config, coverage per test (a mutant runs only the invariants that reach
 * it), its HTML report, and an event log (one JSON file per event) that the
 * command reads for progress and results, also when the run is stopped at
 * its budget.
 */
export function strykerOptions(run: StrykerRun): Record<string, unknown> {
  return {
    testRunner: "vitest",
    plugins: ["@stryker-mutator/vitest-runner"],
    // `related` off: the spec file reaches the app through import.meta.glob, which vitest cannot relate.
    vitest: { configFile: run.config, related: false },
    mutate: run.files,
    coverageAnalysis: "perTest",
    concurrency: run.concurrency,
    reporters: ["html", "event-recorder"],
    htmlReporter: { fileName: `${run.dir}/index.html` },
    eventReporter: { baseDir: `${run.dir}/events` },
    incremental: true,
    force: !run.incremental,
    incrementalFile: `${run.dir}/stryker-incremental.json`,
    timeoutMS: TIMEOUT_MS,
    tempDirName: tempDir(run),
    cleanTempDir: true,
    logLevel: "warn",
    fileLogLevel: "off",
    allowConsoleColors: false,
    thresholds: { high: 90, low: 80, break: null },
  };
}

/** The environment of the StrykerJS process and its test runners: mutate mode, the plan, no shrinking. */
export function strykerEnv(plan: MutatePlan): NodeJS.ProcessEnv {
  const inherited = inheritedEnvironment();
  return {
    ...inherited,
    [MODE_VARIABLE]: "mutate",
    ...planVariables("mutate", plan),
    // A mutant is killed by the first failing run; shrinking it would only spend the time of the next mutant.
    [SHRINK_BUDGET_VARIABLE]: "1",
    [DEADLINE_VARIABLE]: inherited[DEADLINE_VARIABLE] || MUTATION_DEADLINE_MS,
    FORCE_COLOR: "0",
  };
}

/** The installed StrykerJS's entry script, or null when it is not installed in the project. */
export function strykerBin(root: string): string | null {
  try {
    const pkg = createRequire(join(root, "package.json")).resolve("@stryker-mutator/core/package.json");
    createRequire(join(root, "package.json")).resolve("@stryker-mutator/vitest-runner/package.json");
    const bin = join(pkg, "..", "bin", "stryker.js");
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** How a StrykerJS process ended: its exit code, or that the budget stopped it. */
export type StrykerExit = { kind: "exited"; code: number } | { kind: "stopped" };

/**
 * Runs StrykerJS for one migration in a process (group) of its own, which
 * is ended, with its test runners, when `deadline` passes: StrykerJS has no
 * budget of its own. Its output goes to <dir>/stryker.log.
 */
export async function runStryker(run: StrykerRun, bin: string, deadline: number, onTick: () => void): Promise<StrykerExit> {
  const dir = join(run.root, run.dir);
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, "stryker.config.json");
  writeFileSync(configFile, `${JSON.stringify(strykerOptions(run), null, 2)}\n`);
  rmSync(join(dir, "events"), { recursive: true, force: true });
  const log = createWriteStream(join(dir, "stryker.log"));
  const child = spawn(process.execPath, [bin, "run", configFile], { cwd: run.root, env: strykerEnv(run.plan), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<number>((resolve) => child.on("close", (code) => resolve(code ?? 1)));
  const tick = setInterval(onTick, 10_000);
  let stopped = false;
  const stop = setTimeout(() => {
    stopped = true;
    signal(child.pid, "SIGTERM");
    setTimeout(() => signal(child.pid, "SIGKILL"), 5_000).unref();
  }, Math.max(0, deadline - Date.now()));
  const code = await exited;
  clearInterval(tick);
  clearTimeout(stop);
  log.end();
  rmSync(join(run.root, tempDir(run)), { recursive: true, force: true });
  return stopped ? { kind: "stopped" } : { kind: "exited", code };
}

/** The last lines of the StrykerJS log, for a run that failed. */
export function strykerLogTail(root: string, dir: string, lines = 15): string {
  const file = join(root, dir, "stryker.log");
  return existsSync(file) ? readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n") : "(no log)";
}

/** This run's sandboxes, removed when it ends (a run stopped at its budget leaves its sandbox behind). */
function tempDir(run: StrykerRun): string {
  return `.stryker-tmp/${run.migration}`;
}

/** Signals the process group of a child this command started (its test runners are in it). */
function signal(pid: number | undefined, sig: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, sig);
  } catch {
    // Already gone.
  }
}
