import { createVitest, type Reporter, type TestModule, type Vitest } from "vitest/node";
import { registeredOptions } from "../vitest/options.js";
import { MODE_VARIABLE, setVariables, type HarnessMode, type ResolvedHarnessOptions } from "../model/config.js";
import { findFiles } from "../model/files.js";
import { UsageError } from "./parse.js";

/** How long a cancelled run may take to wind down before the CLI reports without it. */
const WIND_DOWN_MS = 5_000;

export interface SpecRun {
  options: ResolvedHarnessOptions;
  /** Spec files to run, relative to the project root. */
  files: string[];
  vitest: Vitest;
}

/**
 * Loads the project's vitest configuration in the harness's mode (the
 * preset then includes only the spec files and hands them the plan), and
 * finds the spec files. Fails with one line when the config does not use
 * the preset, or no spec file exists.
 */
export async function openSpecRun(mode: HarnessMode, env: Record<string, string>, backends: readonly string[], reporters: Reporter[], config?: string): Promise<SpecRun> {
  setVariables({ ...env, [MODE_VARIABLE]: mode });
  // `config`: another vitest config than the project's own (mutate's vitest.mutate.config.ts).
  const vitest = await createVitest("test", { run: true, watch: false, reporters, ...(config ? { config } : {}) } as never);
  const options = registeredOptions();
  if (!options) {
    await vitest.close();
    throw new UsageError("vitest.config.ts does not use the harness's preset: add `plugins: [migrationHarness()]` from convex-migration-harness/vitest (npx convex-migration-harness init prints it)");
  }
  const files = findFiles(options.root, options.specs);
  if (files.length === 0) {
    await vitest.close();
    throw new UsageError(`no spec file matches ${options.specs.join(", ")} under ${options.root}`);
  }
  const projects = vitest.projects.map((p) => ({ name: p.name, backend: (p.config.provide as Record<string, unknown>)?.harnessBackend === "container" ? "container" : "memory" }));
  const missing = backends.filter((b) => !projects.some((p) => p.backend === b));
  if (missing.length > 0) {
    await vitest.close();
    throw new UsageError(`no vitest project runs the ${missing.join(", ")} backend (projects: ${projects.map((p) => `${p.name || "(unnamed)"}: ${p.backend}`).join(", ")})`);
  }
  const chosen = projects.filter((p) => backends.includes(p.backend)).map((p) => p.name);
  if (chosen.length < projects.length) {
    await vitest.close();
    return { options, files, vitest: await createVitest("test", { run: true, watch: false, reporters, project: chosen, ...(config ? { config } : {}) } as never) };
  }
  return { options, files, vitest };
}

/** A test a spec file registers in the run's mode: its file (relative), its name and its full name. */
export interface CollectedTest {
  file: string;
  name: string;
  fullName: string;
  /** The migration an invariant test checks (its meta), if it is one. */
  migration?: string;
  /** The test's whole meta (mutate's probe reads its targets there). */
  meta: Record<string, unknown>;
}

/**
 * Imports every spec file in the run's mode and lists the tests they
 * register, without running them: what fuzz deals into shards, and how
 * certify and fuzz learn which files declare the migrations they were
 * asked for. A spec file that does not load is a UsageError naming it.
 */
export async function collectSpecTests(run: SpecRun): Promise<CollectedTest[]> {
  // vitest 5 collects by parsing files statically unless told not to; a spec file's tests exist only once it has run.
  const collect = run.vitest.collect as (this: Vitest, filters: string[], options: { staticParse: false }) => ReturnType<Vitest["collect"]>;
  const { testModules } = await collect.call(run.vitest, run.files, { staticParse: false });
  const tests: CollectedTest[] = [];
  const loadErrors: string[] = [];
  for (const module of testModules) {
    const file = module.moduleId.replace(`${run.options.root}/`, "");
    for (const error of module.errors()) loadErrors.push(`${file}: ${error.message.split("\n")[0]}`);
    for (const test of module.children.allTests()) {
      const meta = test.meta() as Record<string, unknown> & { harnessMigration?: string };
      const migration = meta.harnessMigration;
      tests.push({ file, name: test.name, fullName: test.fullName, ...(migration ? { migration } : {}), meta });
    }
  }
  if (loadErrors.length > 0) throw new UsageError(`a spec file does not load:\n  ${loadErrors.join("\n  ")}`);
  return tests;
}

export interface Finished {
  /** True when the budget ran out and the run was cancelled. */
  timedOut: boolean;
  /** Spec files that had not finished when the run ended, with the tests still running in them. */
  unfinished: string[];
}

/**
 * Runs the spec files with a watchdog: when `budgetMs` runs out the run is
 * cancelled, and if it does not wind down (a worker stuck in a synchronous
 * loop cannot be interrupted) the CLI goes on without it, naming what had not
 * finished, so a report is always written.
 */
export async function runWithBudget(run: SpecRun, budgetMs: number): Promise<Finished> {
  const modules: TestModule[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<"expired">((resolve) => {
    timer = setTimeout(() => resolve("expired"), budgetMs);
  });
  const started = run.vitest.start(run.files).then(
    (result) => {
      modules.push(...(result.testModules ?? []));
      return "done" as const;
    },
    () => "done" as const,
  );
  const outcome = await Promise.race([started, expired]);
  clearTimeout(timer);
  if (outcome === "done") return { timedOut: false, unfinished: [] };
  await Promise.race([run.vitest.cancelCurrentRun("keyboard-input").then(() => started), sleep(WIND_DOWN_MS)]);
  const states = new Map(run.vitest.state.getFiles().map((f) => [f.filepath, f]));
  const unfinished = run.files.flatMap((file) => {
    const task = states.get(`${run.options.root}/${file}`);
    if (task?.result?.state && task.result.state !== "run" && task.result.state !== "queued") return [];
    // The first test without a result is where it stopped (a worker stuck in a loop sends no further events).
    const stuckAt = task ? firstPending(task) : undefined;
    return [stuckAt ? `${file} (at ${stuckAt})` : file];
  });
  return { timedOut: true, unfinished };
}

type TaskLike = { type: string; name: string; mode?: string; result?: { state?: string }; tasks?: TaskLike[] };

function firstPending(task: TaskLike, prefix = ""): string | undefined {
  for (const child of task.tasks ?? []) {
    const name = prefix ? `${prefix} > ${child.name}` : child.name;
    if (child.type === "suite") {
      const found = firstPending(child, name);
      if (found) return found;
    } else if (child.mode !== "skip" && child.mode !== "todo" && (!child.result?.state || child.result.state === "run")) return name;
  }
  return undefined;
}

/** Closes vitest, not waiting forever on a worker that does not exit. */
export async function closeRun(run: SpecRun): Promise<void> {
  await Promise.race([run.vitest.close(), sleep(WIND_DOWN_MS)]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
