import fc from "fast-check";
import type { Dataset } from "../model/dataset.js";
import { BACKEND_KINDS, type BackendKind, type BackendProvider } from "../model/backend.js";
import { memoryBackend } from "../backends/memory/provider.js";
import { externalBackend } from "../backends/remote/external.js";
import { resolveDeadline, withDeadlines } from "./deadline.js";
import { resolveShrinkBudget, ShrinkBudget } from "./shrinkBudget.js";
import type { InvariantName } from "../model/invariantNames.js";
import { paramsOf, type Invariant } from "./invariant.js";
import { withRun } from "./run.js";
import { replayCommand, replayFor, type ReplayTarget } from "./replay.js";
import type { CheckResult, FailedResult } from "../model/result.js";
import type { MigrationSpec } from "../spec/types.js";
import { relabelFailure, toFailure } from "./failure.js";
import type { CheckContext } from "./session.js";
import { InvariantViolation } from "../model/violation.js";
import { saveIfRequested } from "./autoSave.js";
import { runsFromEnv, seedFromEnv } from "../model/config.js";
import { freshSeed } from "../model/seed.js";
import { AppConsole, withAppConsole } from "./appConsole.js";
import { CreatedLabels } from "../model/labels.js";

export interface CheckOptions {
  invariant: InvariantName;
  /** A backend kind, or a provider built elsewhere (container, external). Default "memory". */
  backend?: BackendKind | BackendProvider;
  /** Property runs; default: HARNESS_RUNS, else the spec's, else the invariant's own. */
  runs?: number;
  seed?: number;
  /** With `seed`, replays one counterexample (from a failure report). */
  path?: string;
  /** Where the failing test lives, for the replay command. Default: a command that finds the test by name. */
  replay?: ReplayTarget;
  /**
   * A fixed counterexample to check once instead of generating datasets
   * (corpus replay, snapshot replay): no generation, no shrinking.
   */
  counterexample?: { dataset: Dataset; params?: unknown };
  /**
   * The longest the whole check may run, shrinking included, in ms: fast-check
   * is interrupted there (between two runs) and what it found is reported.
   * Default: no limit beyond the shrink budget and the calls' deadlines.
   */
  timeLimitMs?: number;
}

/**
 * One property run of one invariant (the engine's): draws datasets, runs the
 * invariant on fresh backends it opens and disposes itself, shrinks a failure
 * and names it. Returns data, never throws on a property failure: the vitest
 * glue and the reporters decide what to do with a failure. Every call the
 * check makes has a deadline, and shrinking stops within its budget with the
 * smallest counterexample so far, so a check ends in bounded time whatever
 * the migration does.
 */
export async function checkProperty(spec: MigrationSpec, invariant: Invariant, options: Omit<CheckOptions, "invariant">): Promise<CheckResult> {
  const started = Date.now();
  const resolved = resolveProvider(options.backend);
  const base = { migration: spec.name, invariant: invariant.name, backend: resolved.kind };
  const elapsed = () => Date.now() - started;

  const notApplicable = invariant.notApplicable(spec);
  if (notApplicable) return { ...base, status: "not-applicable", reason: notApplicable, durationMs: elapsed() };
  const unavailable = await resolved.unavailable();
  if (unavailable) return { ...base, status: "skipped", reason: unavailable, durationMs: elapsed() };

  // Outside the deadlines: a call past its deadline returns the console to the harness when it is abandoned.
  const appConsole = new AppConsole(() => ctx.labels);
  const provider = withAppConsole(withDeadlines(resolved, resolveDeadline(resolved.kind, spec.deadlineMs)), appConsole);
  const replay = replayFor(base) ?? (options.seed !== undefined && options.path ? { seed: options.seed, path: options.path } : null);
  const seed = replay?.seed ?? options.seed ?? seedFromEnv() ?? freshSeed();
  const fixed = options.counterexample;
  const numRuns = replay || fixed ? 1 : resolveRuns(spec, invariant, options.runs);
  const ctx: CheckContext = { app: spec.app, spec, provider: invariant.provider?.(provider, spec) ?? provider };
  // A replay or a fixed counterexample checks one case on purpose: only generated runs are watched
  // for writes. A spec declaring `touches: []` says forward changes no document (an index evolution).
  if (!replay && !fixed && spec.options.touches?.length !== 0) ctx.forwardWrites = { ran: false, changed: false };
  const budget = new ShrinkBudget(resolveShrinkBudget(spec.shrinkBudgetMs));
  const datasets = fixed ? fc.constant(fixed.dataset) : spec.dataset;
  const paramsArb = fixed && "params" in fixed ? fc.constant(fixed.params) : paramsOf(invariant, spec);
  const property = fc.asyncProperty(datasets, paramsArb, async (dataset, params) => {
    if (budget.expired()) return;
    ctx.labels = new Map();
    ctx.contentLabels = new Map();
    ctx.created = new CreatedLabels();
    try {
      await withRun(ctx, invariant.name, dataset, (run) => invariant.check(run, params));
    } catch (error) {
      budget.failed();
      // Named now, while this run's ids are known: shrinking goes on with other runs.
      throw new InvariantViolation(relabelFailure(toFailure(invariant.name, error), runLabels(ctx)));
    }
  });
  const plugins = options.timeLimitMs === undefined ? [] : [fc.interruptAfterTimeLimit(options.timeLimitMs)];
  const details = await fc.check(property, { numRuns, seed, path: replay?.path, plugins });
  const dropped = appConsole.summary(`${spec.name} › ${invariant.name}`);
  if (dropped) console.log(dropped);
  if (!details.failed || details.counterexample === null) {
    // Interrupted at the time limit before any failure: passed, on fewer runs, and it says so.
    const interrupted = details.interrupted ? { interrupted: { requestedRuns: numRuns, timeLimitMs: options.timeLimitMs! } } : {};
    if (details.failed) return { ...base, status: "skipped", reason: `no property run finished within the check's time limit (${options.timeLimitMs} ms)`, durationMs: elapsed() };
    const vacuous = ctx.forwardWrites?.ran && !ctx.forwardWrites.changed ? { vacuous: vacuousNote(spec, base, details.numRuns, seed) } : {};
    return { ...base, status: "passed", runs: details.numRuns, seed, ...interrupted, ...vacuous, durationMs: elapsed() };
  }

  const [dataset, params] = details.counterexample as [Dataset, unknown];
  const path = details.counterexamplePath ?? "";
  const target = options.replay ?? defaultTarget(spec, invariant, resolved.kind);
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
    replay: replayCommand(target, base, details.seed, path),
    ...(budget.cutShort ? { shrinkCutShort: { budgetMs: budget.budgetMs } } : {}),
    durationMs: elapsed(),
  };
  // Opt-in (fuzz and certify set HARNESS_CORPUS_SAVE): every failure found is kept for npm test to replay.
  if (!fixed && !replay) await saveIfRequested(failed, spec, target.file);
  return failed;
}

/** What a passed check whose forward never changed a document says, and what to change. */
function vacuousNote(spec: MigrationSpec, base: { invariant: string; backend: string }, runs: number, seed: number): { runs: number; message: string } {
  return {
    runs,
    message:
      `${spec.name} › ${base.invariant} [${base.backend}]: forward wrote nothing in ${runs} run(s) at seed ${seed}: the datasets may not reach its write path, ` +
      `so this pass proves little. If forward joins on a field that is not an id, draw it from the values it joins ` +
      `(fromSchema fields: { "<table>.<field>": { from: "<other table>.<field>" } }); else change the dataset's options ` +
      `(presence, values, sizes) so that some documents need migrating`,
  };
}

/**
 * Without a replay target, the test a spec file registers for this check:
 * in the file that declared the spec (when the call stack said which), the
 * invariant's test, or for a fault's variant the fault's test.
 */
function defaultTarget(spec: MigrationSpec, invariant: Invariant, backend: BackendKind): ReplayTarget {
  const file = spec.declaredIn;
  if (spec.fault) return { file, testName: [`${spec.fault.of} faults`, `${invariant.name} catches ${spec.fault.bug}`] };
  return { file, testName: [`${spec.name} on ${backend}`, `${invariant.name}: ${invariant.title}`] };
}

/**
 * How this run's failure names documents: a seeded id by its dataset label,
 * a content label by the seeded document it stands for, or by all of them
 * (`userSettings[0|1]`) when documents of equal content make it ambiguous.
 */
function runLabels(ctx: CheckContext): Map<string, string> {
  const labels = new Map(ctx.labels);
  for (const [id, label] of ctx.created ?? []) if (!labels.has(id)) labels.set(id, label);
  for (const [content, names] of ctx.contentLabels ?? []) {
    const sorted = [...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const table = /^(\w+)\[/.exec(sorted[0])?.[1];
    const same = table !== undefined && sorted.every((n) => n.startsWith(`${table}[`));
    labels.set(content, sorted.length === 1 || !same ? sorted.join(" or ") : `${table}[${sorted.map((n) => n.slice(table.length + 1, -1)).join("|")}]`);
  }
  return labels;
}

function resolveProvider(backend: CheckOptions["backend"]): BackendProvider {
  if (backend === undefined || backend === "memory") return memoryBackend();
  if (typeof backend === "object" && backend !== null && typeof backend.fresh === "function") return backend;
  // URL and admin key from CONVEX_HARNESS_URL / CONVEX_HARNESS_ADMIN_KEY (see docs/backends.md).
  if (backend === "external") return externalBackend();
  if (backend === "container") {
    throw new Error(
      'checkMigration: the "container" backend needs its deployment: pass containerBackend(...) from ' +
        "convex-migration-harness/container, or run the suites in the container vitest project",
    );
  }
  throw new Error(`checkMigration: unknown backend ${JSON.stringify(backend)}; known: ${BACKEND_KINDS.join(", ")} (or a BackendProvider)`);
}

function resolveRuns(spec: MigrationSpec, invariant: Invariant, explicit: number | undefined): number {
  return explicit ?? runsFromEnv() ?? defaultRuns(spec, invariant);
}

/** Property runs of an invariant when nothing asks for a number: the spec's count, else the invariant's default. */
export function defaultRuns(spec: MigrationSpec, invariant: Invariant): number {
  return spec.runs[invariant.name] ?? spec.runs.default ?? invariant.defaultRuns;
}
