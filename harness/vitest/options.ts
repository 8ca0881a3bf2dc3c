import { corpusFromEnv, reportsFromEnv, type HarnessOptions, type ResolvedHarnessOptions } from "../model/config.js";

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
    corpus: path("corpus", corpusFromEnv() ?? options.corpus, "migration-corpus")!,
    reports: path("reports", reportsFromEnv() ?? options.reports, "reports")!,
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
