/**
 * Harness overhead per invariant: a property run's wall time against the
 * bare convex-test calls it makes. A recording provider logs every call of
 * every session (seeding, batches, reads, clears); the same calls are then
 * replayed on fresh convexTest instances with nothing around them. The ratio
 * is what the harness costs on top of convex-test (target: at most 1.3).
 * Each side is measured five times, alternately, and the fastest is kept.
 */
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import { test } from "vitest";
import { defaultRuns } from "../harness/check.js";
import { checkMigration, invariantNames, mapStrings, memoryBackend, type App, type Backend } from "../harness/index.js";
import type { MemoryBackendProvider } from "../harness/backends/memory.js";
import apiKeysToTable from "../suites/apiKeysToTable.migration.js";
import { app } from "../suites/app.js";
import { recordFigure } from "./figures.js";

type Call = {
  kind: "query" | "mutation" | "action";
  name: string;
  args: Record<string, unknown>;
  /** The result's top-level strings (cursors live there), not its documents: holding every page read would slow the measured run. */
  result?: Record<string, string>;
};
interface Recorded {
  app: App;
  limits: unknown;
  calls: Call[];
  /** Time spent inside the backend's calls during the harness run. */
  inCallsMs: number;
}

function recording(inner: MemoryBackendProvider, sessions: Recorded[]): MemoryBackendProvider {
  return {
    ...inner,
    withOptions: (options) => recording(inner.withOptions(options), sessions),
    async fresh(app) {
      const backend = (await inner.fresh(app)) as Backend & Record<string, unknown>;
      const session: Recorded = { app, limits: inner.options.transactionLimits, calls: [], inCallsMs: 0 };
      sessions.push(session);
      const logged = (kind: Call["kind"]) => async (name: string, args: Record<string, unknown> = {}) => {
        const call: Call = { kind, name, args };
        session.calls.push(call);
        const started = performance.now();
        try {
          const result = await backend[kind](name, args);
          call.result = topLevelStrings(result);
          return result;
        } finally {
          session.inCallsMs += performance.now() - started;
        }
      };
      return { ...backend, query: logged("query"), mutation: logged("mutation"), action: logged("action") };
    },
  };
}

async function replayBare(sessions: Recorded[]): Promise<number> {
  let elapsed = 0;
  for (const session of sessions) {
    // The instance counts: a test written by hand needs one too.
    const created = performance.now();
    const t = convexTest({ schema: session.app.schema, modules: session.app.modules, transactionLimits: session.limits as any });
    session.app.setupMemory?.(t);
    elapsed += performance.now() - created;
    const replayed = new Replayed();
    for (const call of session.calls) {
      const args = replayed.translate(call.args);
      const started = performance.now();
      try {
        const run = t[call.kind] as (fn: unknown, args: Record<string, unknown>) => Promise<unknown>;
        const result = await run.call(t, makeFunctionReference<any>(call.name), args);
        elapsed += performance.now() - started;
        replayed.learn(call.result, result);
      } catch {
        // Calls that failed under the harness (limits, crashes) fail here too; their cost still counts.
        elapsed += performance.now() - started;
      }
    }
  }
  return elapsed;
}

function topLevelStrings(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const strings: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) if (typeof field === "string") strings[key] = field;
  return strings;
}

/**
 * What a replayed session returned differently from the recorded one. Ids
 * are the same (convex-test mints them from a counter) but creation times are
 * the clock's, and cursors hold them: a recorded cursor handed back to a
 * fresh instance would page from somewhere else, and the "same calls" would
 * do different work. Strings a recorded result held are swapped for what the
 * replay returned at the same place before they are passed on.
 */
class Replayed {
  private readonly strings = new Map<string, string>();

  learn(recorded: Record<string, string> | undefined, replayed: unknown): void {
    for (const [key, was] of Object.entries(recorded ?? {})) {
      const now = (replayed as Record<string, unknown> | null)?.[key];
      if (typeof now === "string" && now !== was) this.strings.set(was, now);
    }
  }

  translate<T>(value: T): T {
    return mapStrings(value, (text) => this.strings.get(text) ?? text) as T;
  }
}

/** Repetitions of each measurement; the fastest is kept, since noise on a shared machine only ever adds time. */
const REPEATS = 5;
/** Property runs per measurement. */
const RUNS = 20;

for (const invariant of invariantNames) {
  test(`overhead of ${invariant}`, async () => {
    const spec = apiKeysToTable;
    // Warm up first (module loading, JIT): the figure is the steady state, which is what a suite pays.
    await checkMigration(spec, { invariant, runs: 3, seed: 99 });
    let harnessMs = Infinity;
    let bareMs = Infinity;
    let calls = 0;
    let inCallsMs = Infinity;
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      const sessions: Recorded[] = [];
      const started = performance.now();
      const result = await checkMigration(spec, { invariant, runs: RUNS, seed: 1, backend: recording(memoryBackend(), sessions) });
      harnessMs = Math.min(harnessMs, performance.now() - started);
      if (result.status === "not-applicable") return;
      if (result.status !== "passed") throw new Error(`${invariant} did not pass: ${result.status}`);
      bareMs = Math.min(bareMs, await replayBare(sessions));
      calls = sessions.reduce((n, s) => n + s.calls.length, 0);
      inCallsMs = Math.min(inCallsMs, sessions.reduce((n, s) => n + s.inCallsMs, 0));
    }
    // What this invariant costs npm test in this suite: its default run count at this pace.
    const runs = defaultRuns(spec, invariant);
    recordFigure("overhead", invariant, {
      defaultRuns: runs,
      defaultRunsMs: Math.round((harnessMs / RUNS) * runs),
      harnessMs: Math.round(harnessMs),
      bareConvexTestMs: Math.round(bareMs),
      ratio: harnessMs / bareMs,
      // The same calls timed inside the harness run: what they cost there beyond bareConvexTestMs is
      // the backend's corrections and the harness's garbage; the rest of harnessMs is harness code.
      inCallsMs: Math.round(inCallsMs),
      calls,
    });
  });
}
