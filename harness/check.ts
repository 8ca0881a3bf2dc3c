import fc from "fast-check";
import type { Dataset } from "../generators/dataset.js";
import type { App } from "./app.js";
import type { BackendKind, BackendProvider } from "./backends/backend.js";
import { memoryBackend } from "./backends/memory.js";
import { invariants } from "./invariants/index.js";
import { invariantNames, isInvariantName, type InvariantName } from "./invariants/names.js";
import { replayCommand, replayFor, type ReplayTarget } from "./replay.js";
import type { CheckResult, FailedResult } from "./result.js";
import type { MigrationSpec } from "./spec.js";
import { InvariantViolation, type InvariantFailure } from "./violation.js";

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
  const seed = replay?.seed ?? options.seed ?? freshSeed();
  const numRuns = replay ? 1 : resolveRuns(spec, invariant.name, options.runs, invariant.defaultRuns);
  const ctx = { app, spec, provider };
  const property = fc.asyncProperty(spec.dataset, invariant.params(spec), (dataset, params) =>
    invariant.check(ctx, dataset, params),
  );
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
  return failed;
}

function resolveProvider(backend: CheckOptions["backend"]): BackendProvider {
  if (backend === undefined || backend === "memory") return memoryBackend();
  if (typeof backend === "object") return backend;
  throw new Error(`checkMigration: backend "${backend}" needs a provider; pass one built for it`);
}

function resolveRuns(spec: MigrationSpec, name: InvariantName, explicit: number | undefined, fallback: number): number {
  const fromEnv = Number(process.env.HARNESS_RUNS);
  if (explicit !== undefined) return explicit;
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return spec.runs[name] ?? spec.runs.default ?? fallback;
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
