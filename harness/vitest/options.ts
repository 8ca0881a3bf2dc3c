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
export type HarnessMode = "test" | "fuzz" | "certify" | "mutate";

export function harnessMode(): HarnessMode {
  const mode = typeof process !== "undefined" ? process.env[MODE_VARIABLE] : undefined;
  if (mode === undefined || mode === "" || mode === "test") return "test";
  if (mode === "fuzz" || mode === "certify" || mode === "mutate") return mode;
  throw new Error(`${MODE_VARIABLE}="${mode}" is not a mode; known: test, fuzz, certify, mutate`);
}

/** Fills defaults and rejects nonsense with a message naming the option. */
export function resolveHarnessOptions(options: HarnessOptions = {}, root: string): ResolvedHarnessOptions {
  const fail = (option: string, problem: string): never => {
    throw new Error(`migrationHarness: \`${option}\` ${problem}`);
  };
  const known = ["specs", "app", "convex", "corpus", "reports", "certificateSources", "shareModules"];
  for (const key of Object.keys(options)) if (!known.includes(key)) fail(key, `is not an option; known: ${known.join(", ")}`);
  const specs = typeof options.specs === "string" ? [options.specs] : (options.specs ?? ["**/*.migration.ts"]);
  if (!Array.isArray(specs) || specs.length === 0 || specs.some((s) => typeof s !== "string" || s === "")) {
    fail("specs", "must be a glob or a non-empty array of globs, e.g. \"tests/**/*.migration.ts\"");
  }
  const path = (option: string, value: unknown, fallback: string | null) => {
    if (value === undefined) return fallback;
    if (typeof value !== "string" || value === "") fail(option, "must be a path relative to the project root");
    return (value as string).replace(/^\.\//, "").replace(/\/+$/, "");
  };
  const sources = options.certificateSources ?? [];
  if (!Array.isArray(sources) || sources.some((s) => typeof s !== "string")) fail("certificateSources", "must be an array of globs");
  if (options.shareModules !== undefined && typeof options.shareModules !== "boolean") fail("shareModules", "must be true or false");
  return Object.freeze({
    root,
    specs: Object.freeze(specs.map((s) => s.replace(/^\.\//, ""))),
    app: path("app", options.app, null),
    convex: path("convex", options.convex, "convex")!,
    // HARNESS_CORPUS points one run at another corpus (a CI job's, a test's own).
    corpus: path("corpus", process.env.HARNESS_CORPUS || options.corpus, "migration-corpus")!,
    reports: path("reports", process.env.HARNESS_REPORTS || options.reports, "reports")!,
    certificateSources: Object.freeze([...sources]),
    shareModules: options.shareModules ?? false,
  });
}

const REGISTERED = Symbol.for("convex-migration-harness.options");

/** Called by the preset when vitest loads it: the CLI that created vitest reads them back. */
export function registerOptions(options: ResolvedHarnessOptions): void {
  (globalThis as Record<symbol, unknown>)[REGISTERED] = options;
}

/** The options of the preset loaded in this process (a CLI that created vitest), or null. */
export function registeredOptions(): ResolvedHarnessOptions | null {
  return ((globalThis as Record<symbol, unknown>)[REGISTERED] as ResolvedHarnessOptions | undefined) ?? null;
}
