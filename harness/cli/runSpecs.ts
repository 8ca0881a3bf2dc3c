import { createVitest, type Reporter, type TestModule, type Vitest } from "vitest/node";
import { registeredOptions } from "../vitest/preset.js";
import { MODE_VARIABLE, type HarnessMode, type ResolvedHarnessOptions } from "../vitest/options.js";
import { findFiles } from "../vitest/specFiles.js";
import { UsageError } from "./parse.js";

/** How long a cancelled run may take to wind down before the CLI reports without it. */
const WIND_DOWN_MS = 15_000;

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
export async function openSpecRun(mode: HarnessMode, env: Record<string, string>, backends: readonly string[], reporters: Reporter[]): Promise<SpecRun> {
  Object.assign(process.env, env, { [MODE_VARIABLE]: mode });
  const vitest = await createVitest("test", { run: true, watch: false, reporters } as never);
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
    return { options, files, vitest: await createVitest("test", { run: true, watch: false, reporters, project: chosen } as never) };
  }
  return { options, files, vitest };
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
  const finished = new Set(run.vitest.state.getFiles().filter((f) => f.result?.state && f.result.state !== "run").map((f) => f.filepath));
  const unfinished = run.files.filter((file) => !finished.has(`${run.options.root}/${file}`));
  return { timedOut: true, unfinished };
}

/** Closes vitest, not waiting forever on a worker that does not exit. */
export async function closeRun(run: SpecRun): Promise<void> {
  await Promise.race([run.vitest.close(), sleep(WIND_DOWN_MS)]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
