import fc from "fast-check";
import type { Dataset } from "../generators/dataset.js";
import type { App } from "./app.js";
import type { BackendKind, BackendProvider } from "./backends/backend.js";
import { memoryBackend } from "./backends/memory.js";
import { externalBackend } from "./backends/external.js";
import { invariants } from "./invariants/index.js";
import { invariantNames, isInvariantName, type InvariantName } from "./invariants/names.js";
import { replayCommand, replayFor, type ReplayTarget } from "./replay.js";
import type { CheckResult, FailedResult } from "./result.js";
import type { MigrationSpec } from "./spec.js";
import { InvariantViolation, type InvariantFailure } from "./violation.js";
import { saveIfRequested } from "./corpus/autoSave.js";

export interface CheckOptions {
  invariant: InvariantName;
  /** A backend kind, or a provider built elsewhere (container, external). Default "memory". */
  backend?: BackendKind | BackendProvider;
  /** Property runs; default: the spec's, else the invariant's own. */
  runs?: number;
  seed?: number;
  /** With `seed`, replays one counterexample (from a failure report). */
  path?: string;
  /** Where the failing test lives, for the replay command. */
  replay?: ReplayTarget;
  /**
   * A fixed counterexample to check once instead of generating datasets
   * (corpus replay, snapshot replay): no generation, no shrinking.
   */
  counterexample?: { dataset: Dataset; params?: unknown };
}

/**
 * Checks one invariant of one migration on one backend. Returns data, never
 * throws on a property failure: the vitest glue and the reporters decide what
 * to do with a failure.
 *
 * @example
 * const result = await checkMigration(app, spec, { invariant: "roundTrip", runs: 200 });
 * if (result.status === "failed") console.log(formatFailure(result));
 */
export async function checkMigration(app: App, spec: MigrationSpec, options: CheckOptions): Promise<CheckResult> {
  const started = Date.now();
  if (!options || !isInvariantName(options.invariant)) {
    throw new Error(`checkMigration: \`invariant\` must be one of ${invariantNames.join(", ")}, got ${JSON.stringify(options?.invariant)}`);
  }
  const invariant = invariants[options.invariant];
  const provider = resolveProvider(options.backend);
  const base = { migration: spec.name, invariant: invariant.name, backend: provider.kind };
  const elapsed = () => Date.now() - started;

  const notApplicable = invariant.notApplicable(spec);
  if (notApplicable) return { ...base, status: "not-applicable", reason: notApplicable, durationMs: elapsed() };
  const unavailable = await provider.unavailable();
  if (unavailable) return { ...base, status: "skipped", reason: unavailable, durationMs: elapsed() };

  const replay = replayFor(base) ?? (options.seed !== undefined && options.path ? { seed: options.seed, path: options.path } : null);
  const seed = replay?.seed ?? options.seed ?? seedFromEnv() ?? freshSeed();
  const fixed = options.counterexample;
  const numRuns = replay || fixed ? 1 : resolveRuns(spec, invariant.name, options.runs);
  const ctx = { app, spec, provider };
  const datasets = fixed ? fc.constant(fixed.dataset) : spec.dataset;
  const paramsArb = fixed && "params" in fixed ? fc.constant(fixed.params) : invariant.params(spec);
  const property = fc.asyncProperty(datasets, paramsArb, (dataset, params) => invariant.check(ctx, dataset, params));
  const details = await fc.check(property, { numRuns, seed, path: replay?.path });
  if (!details.failed) return { ...base, status: "passed", runs: details.numRuns, seed, durationMs: elapsed() };

  const [dataset, params] = details.counterexample as [Dataset, unknown];
  const path = details.counterexamplePath ?? "";
  const failed: FailedResult = {
    ...base,
    status: "failed",
    seed: details.seed,
    path,
    runs: details.numRuns,
    shrinks: details.numShrinks,
    dataset,
    params,
    failure: toFailure(invariant.name, details.errorInstance),
    replay: replayCommand(options.replay ?? defaultTarget(spec, invariant.name, provider.kind), base, details.seed, path),
    durationMs: elapsed(),
  };
  // Opt-in (npm run certify sets HARNESS_CORPUS_SAVE): every failure found is kept for npm test to replay.
  if (!fixed && !replay) await saveIfRequested(failed, spec);
  return failed;
}

function resolveProvider(backend: CheckOptions["backend"]): BackendProvider {
  if (backend === undefined || backend === "memory") return memoryBackend();
  if (typeof backend === "object") return backend;
  // URL and admin key from CONVEX_HARNESS_URL / CONVEX_HARNESS_ADMIN_KEY (see docs/backends.md).
  if (backend === "external") return externalBackend();
  throw new Error(
    `checkMigration: backend "${backend}" needs a provider; pass containerBackend(...) (the vitest container project does)`,
  );
}

function resolveRuns(spec: MigrationSpec, name: InvariantName, explicit: number | undefined): number {
  const fromEnv = Number(process.env.HARNESS_RUNS);
  if (explicit !== undefined) return explicit;
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return defaultRuns(spec, name);
}

/** Property runs of an invariant when nothing asks for a number: the spec's count, else the invariant's default. */
export function defaultRuns(spec: MigrationSpec, name: InvariantName): number {
  return spec.runs[name] ?? spec.runs.default ?? invariants[name].defaultRuns;
}

/** HARNESS_SEED: one seed for every check of a run (certify records it; fuzz sets one per round). */
function seedFromEnv(): number | undefined {
  const raw = process.env.HARNESS_SEED;
  if (raw === undefined || raw === "") return undefined;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`HARNESS_SEED must be an integer, got "${raw}"`);
  return seed | 0;
}

function freshSeed(): number {
  // A fresh seed per check, printed on failure: fast-check's own default.
  return (Date.now() ^ (performance.now() * 1000)) | 0;
}

function toFailure(invariant: InvariantName, error: unknown): InvariantFailure {
  if (error instanceof InvariantViolation) return error.failure;
  const err = error instanceof Error ? error : new Error(String(error));
  return {
    invariant,
    summary: `the property run threw before the invariant could be checked: ${err.message.split("\n")[0]}`,
    details: (err.stack ?? err.message).split("\n").slice(0, 8),
  };
}

function defaultTarget(spec: MigrationSpec, invariant: InvariantName, backend: BackendKind): ReplayTarget {
  return { file: `suites/${spec.name}.prop.test.ts`, testName: `${spec.name} on ${backend} ${invariant}`, project: backend };
}
