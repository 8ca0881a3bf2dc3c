/**
 * The harness's configuration: the preset's options, every HARNESS_*
 * variable, and the plans the CLIs hand to the vitest workers they start.
 * The only place the harness reads its settings from the environment, so
 * that a variable has one name, one parser and one error message. Every
 * accessor reads at call time: tests and CLIs set variables between calls.
 */

/**
 * The harness's configuration, given to the vitest preset
 * (`migrationHarness(options)` in vitest.config.ts): where the spec files,
 * the app, the corpus and the app's Convex folder are, and what the
 * certificate hashes. The preset hands it to the test workers (vitest's
 * `provide`) and to the CLIs (which load vitest.config.ts).
 */
export interface HarnessOptions {
  /** Spec files, globs relative to the project root. Default `**\/*.migration.ts`. */
  specs?: string | string[];
  /**
   * The module that calls defineApp. Loaded before any test file, so the app's
   * `env` is set before any of the app's modules load (a module-level
   * `process.env.X` read sees the test value). Strongly recommended.
   */
  app?: string;
  /** The app's Convex folder. Default "convex". */
  convex?: string;
  /** The saved-failure corpus folder. Default "migration-corpus"; the HARNESS_CORPUS variable overrides it for one run. */
  corpus?: string;
  /** Where certify and fuzz write their reports. Default "reports"; the HARNESS_REPORTS variable overrides it for one run. */
  reports?: string;
  /**
   * More files whose contents the certificate's source hash covers (globs),
   * beyond the Convex folder (less _generated), the spec files and the files
   * beside them, and the lock file's versions of convex, convex-test and fast-check.
   */
  certificateSources?: string[];
  /**
   * Share loaded modules between the test files of a worker (vitest's
   * `isolate: false`): much faster when there are many files, but a test
   * must leave no global state behind. Default false.
   */
  shareModules?: boolean;
}

export interface ResolvedHarnessOptions {
  readonly root: string;
  readonly specs: readonly string[];
  readonly app: string | null;
  readonly convex: string;
  readonly corpus: string;
  readonly reports: string;
  readonly certificateSources: readonly string[];
  readonly shareModules: boolean;
}

/** The key of the resolved options in vitest's `provide` / `inject`. */
export const PROVIDE_KEY = "convexMigrationHarness";

/** What the test-running CLIs set: which tests a spec file registers. */
export const MODE_VARIABLE = "HARNESS_MODE";
/** Property runs of every check of a run. */
export const RUNS_VARIABLE = "HARNESS_RUNS";
/** One seed for every check of a run (certify records it; fuzz sets one per round). */
export const SEED_VARIABLE = "HARNESS_SEED";
/** The deadline of one call, in ms. */
export const DEADLINE_VARIABLE = "HARNESS_DEADLINE_MS";
/** The time shrinking may take after the first failure, in ms. */
export const SHRINK_BUDGET_VARIABLE = "HARNESS_SHRINK_BUDGET_MS";
/** The longest one check may run, in ms. */
export const CHECK_TIME_LIMIT_VARIABLE = "HARNESS_CHECK_TIME_LIMIT_MS";
/** Carries a replay (migration.invariant.backend@seed:path) into a vitest run. */
export const REPLAY_VARIABLE = "HARNESS_REPLAY";
/** Set to 1 by this repository's own test runs that load its deliberately broken fixtures; a replay command keeps it. */
export const FIXTURES_VARIABLE = "HARNESS_FIXTURES";
/** Points one run at another corpus folder than the preset's. */
export const CORPUS_VARIABLE = "HARNESS_CORPUS";
/** Points one run at another reports folder than the preset's. */
export const REPORTS_VARIABLE = "HARNESS_REPORTS";
/** Set by `npm run certify`: the corpus folder every failure found is saved to. */
export const CORPUS_SAVE_VARIABLE = "HARNESS_CORPUS_SAVE";
/** Which run found a saved failure ("certify" unless said otherwise). */
export const CORPUS_FOUND_BY_VARIABLE = "HARNESS_CORPUS_FOUND_BY";
/** Property runs per invariant in the container project. */
export const CONTAINER_RUNS_VARIABLE = "HARNESS_CONTAINER_RUNS";
/** How long the backend container may take to start, in ms. */
export const CONTAINER_STARTUP_TIMEOUT_VARIABLE = "HARNESS_CONTAINER_STARTUP_TIMEOUT_MS";
/** Set to 1: the CLI prints an unexpected error's stack. */
export const DEBUG_VARIABLE = "HARNESS_DEBUG";
/** The plans the CLIs hand to their spec files, as JSON. */
export const CERTIFY_PLAN_VARIABLE = "HARNESS_CERTIFY_PLAN";
export const FUZZ_PLAN_VARIABLE = "HARNESS_FUZZ_PLAN";
export const MUTATE_PLAN_VARIABLE = "HARNESS_MUTATE_PLAN";
/** The external backend's API origin, e.g. http://127.0.0.1:3210. */
export const EXTERNAL_URL_VARIABLE = "CONVEX_HARNESS_URL";
/** Its admin key (self-hosted: `./generate_admin_key.sh` in the backend container). */
export const EXTERNAL_ADMIN_KEY_VARIABLE = "CONVEX_HARNESS_ADMIN_KEY";
/** Set to 1 to allow an external backend whose host is not loopback. */
export const ALLOW_REMOTE_VARIABLE = "CONVEX_HARNESS_ALLOW_REMOTE";

export type HarnessMode = "test" | "fuzz" | "certify" | "mutate";

/** HARNESS_MODE: "test" unless a CLI set another; anything else is an error. */
export function harnessMode(): HarnessMode {
  const mode = variable(MODE_VARIABLE);
  if (mode === undefined || mode === "" || mode === "test") return "test";
  if (mode === "fuzz" || mode === "certify" || mode === "mutate") return mode;
  throw new Error(`${MODE_VARIABLE}="${mode}" is not a mode; known: test, fuzz, certify, mutate`);
}

/** Whether HARNESS_MODE is set at all (even to "test"): a CLI, or a user, asked for the spec files only. */
export function modeIsSet(): boolean {
  return Boolean(variable(MODE_VARIABLE));
}

/** HARNESS_RUNS, when it is a positive integer; anything else is ignored. */
export function runsFromEnv(): number | undefined {
  const runs = Number(variable(RUNS_VARIABLE));
  return Number.isInteger(runs) && runs > 0 ? runs : undefined;
}

/** HARNESS_SEED, when set; not an integer is an error. */
export function seedFromEnv(): number | undefined {
  const raw = variable(SEED_VARIABLE);
  if (raw === undefined || raw === "") return undefined;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`${SEED_VARIABLE} must be an integer, got "${raw}"`);
  return seed | 0;
}

/** HARNESS_DEADLINE_MS, when set. */
export function deadlineFromEnv(): number | undefined {
  return milliseconds(DEADLINE_VARIABLE);
}

/** HARNESS_SHRINK_BUDGET_MS, when set. */
export function shrinkBudgetFromEnv(): number | undefined {
  return milliseconds(SHRINK_BUDGET_VARIABLE);
}

/** HARNESS_CHECK_TIME_LIMIT_MS, when set. */
export function checkTimeLimitFromEnv(): number | undefined {
  return milliseconds(CHECK_TIME_LIMIT_VARIABLE);
}

/** HARNESS_REPLAY as set (the replay module parses it). */
export function replayFromEnv(): string | undefined {
  return variable(REPLAY_VARIABLE);
}

/** Whether HARNESS_FIXTURES=1: a replay command must set it too, or the fixture it replays does not load. */
export function fixturesEnabled(): boolean {
  return variable(FIXTURES_VARIABLE) === "1";
}

/** HARNESS_CORPUS, when set and not empty: this run's corpus folder instead of the preset's. */
export function corpusFromEnv(): string | undefined {
  return variable(CORPUS_VARIABLE) || undefined;
}

/** HARNESS_REPORTS, when set and not empty: this run's reports folder instead of the preset's. */
export function reportsFromEnv(): string | undefined {
  return variable(REPORTS_VARIABLE) || undefined;
}

/** HARNESS_CORPUS_SAVE, when set and not empty: every failure found is saved there. */
export function corpusSaveDir(): string | undefined {
  return variable(CORPUS_SAVE_VARIABLE) || undefined;
}

/** HARNESS_CORPUS_FOUND_BY as set: which run a saved failure is recorded as found by. */
export function corpusFoundBy(): string | undefined {
  return variable(CORPUS_FOUND_BY_VARIABLE);
}

/** HARNESS_CONTAINER_RUNS as set: the container project hands it to its workers as their HARNESS_RUNS. */
export function containerRunsFromEnv(): string | undefined {
  return variable(CONTAINER_RUNS_VARIABLE);
}

/** HARNESS_CONTAINER_STARTUP_TIMEOUT_MS, when it is a positive integer; anything else is ignored. */
export function containerStartupTimeoutFromEnv(): number | undefined {
  const ms = Number(variable(CONTAINER_STARTUP_TIMEOUT_VARIABLE));
  return Number.isInteger(ms) && ms > 0 ? ms : undefined;
}

/** Whether HARNESS_DEBUG=1. */
export function debugEnabled(): boolean {
  return variable(DEBUG_VARIABLE) === "1";
}

/** The external backend's settings, from `env` (default: this process's environment). */
export function externalBackendFromEnv(env: Record<string, string | undefined> = environment()): { url?: string; adminKey?: string; allowRemote: boolean } {
  return { url: env[EXTERNAL_URL_VARIABLE], adminKey: env[EXTERNAL_ADMIN_KEY_VARIABLE], allowRemote: env[ALLOW_REMOTE_VARIABLE] === "1" };
}

/** The modes whose CLI hands its spec files a plan. */
export type PlanMode = Exclude<HarnessMode, "test">;

const PLAN_VARIABLES: Record<PlanMode, string> = { certify: CERTIFY_PLAN_VARIABLE, fuzz: FUZZ_PLAN_VARIABLE, mutate: MUTATE_PLAN_VARIABLE };

/** The variable that hands a mode's plan to the test workers. */
export function planVariables(mode: PlanMode, plan: object): Record<string, string> {
  return { [PLAN_VARIABLES[mode]]: JSON.stringify(plan) };
}

/** The plan the mode's CLI handed over (the mode's own module gives it its type); without one the run did not come through the CLI. */
export function readPlan<P>(mode: PlanMode): P {
  const raw = variable(PLAN_VARIABLES[mode]);
  if (!raw) throw new Error(`${PLAN_VARIABLES[mode]} is not set: ${mode} mode runs only through the ${mode} command`);
  return JSON.parse(raw) as P;
}

/** The mode's plan, when its CLI set one. */
export function planIfAny<P>(mode: PlanMode): P | null {
  return variable(PLAN_VARIABLES[mode]) ? readPlan<P>(mode) : null;
}

/** Sets variables in this process's environment: the vitest workers a CLI starts inherit them. */
export function setVariables(values: Record<string, string>): void {
  Object.assign(process.env, values);
}

/** A copy of this process's environment, for a child process to start from. */
export function inheritedEnvironment(): Record<string, string | undefined> {
  return { ...environment() };
}

/** A positive number of milliseconds, when the variable is set and not empty. */
function milliseconds(name: string): number | undefined {
  const raw = variable(name);
  if (raw === undefined || raw === "") return undefined;
  const ms = Number(raw);
  if (!Number.isInteger(ms) || ms < 1) throw new Error(`${name} must be a positive number of milliseconds, got "${raw}"`);
  return ms;
}

function variable(name: string): string | undefined {
  return environment()[name];
}

/** The environment, where there is one (none in a runtime without `process`). */
function environment(): Record<string, string | undefined> {
  return typeof process !== "undefined" ? process.env : {};
}
