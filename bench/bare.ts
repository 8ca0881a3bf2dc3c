/**
 * "Bare convex-test": the same convex-test calls a harness run made,
 * replayed on fresh `convexTest` instances with nothing around them (no
 * harness, no memory engine). A recording provider logs every call of every
 * session (seeding, batches, reads, clears); `replayBare` replays them.
 *
 * A fresh instance mints the same ids but other creation times, and cursors
 * hold them: a recorded cursor handed back to the replay would page from
 * somewhere else, so the strings a recorded result held are swapped for what
 * the replay returned at the same place before they are passed on.
 */
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import type { App } from "convex-migration-harness";
// A provider of its own, and a wrapper of the memory one: the backend interface is the harness's internal one.
import type { Backend, BackendProvider } from "../harness/model/backend.js";
import type { MemoryBackendProvider } from "../harness/backends/memory/provider.js";
import { mapStrings } from "../suites/mapStrings.js";

type Call = {
  kind: "query" | "mutation" | "action";
  name: string;
  args: Record<string, unknown>;
  /** The result's top-level strings (cursors live there), not its documents: holding every page read would slow the measured run. */
  result?: Record<string, string>;
};

export interface Recorded {
  app: App;
  limits: unknown;
  calls: Call[];
  /** Time spent inside the backend's calls during the harness run. */
  inCallsMs: number;
}

/** A memory provider whose backends log every call into `sessions`, one session per backend. */
export function recording(inner: MemoryBackendProvider, sessions: Recorded[]): MemoryBackendProvider {
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

/**
 * The harness on bare convex-test: a provider of plain `convexTest`
 * instances, without the memory engine or its corrections (what the memory
 * backend was before it). For invariants that need neither (roundTrip):
 * the same property run, on convex-test's own query evaluation.
 */
export function bareProvider(): BackendProvider {
  return {
    kind: "memory",
    unavailable: async () => null,
    async fresh(app) {
      for (const [name, value] of Object.entries(app.env)) process.env[name] = value;
      const t = convexTest({ schema: app.schema, modules: app.modules });
      app.setupMemory?.(t);
      const ref = (name: string) => makeFunctionReference<any>(name) as any;
      return {
        kind: "memory",
        query: (name, args = {}) => t.query(ref(name), args),
        mutation: (name, args = {}) => t.mutation(ref(name), args),
        action: (name, args = {}) => t.action(ref(name), args),
        async dispose() {},
      };
    },
  };
}

/** What replaying took, and how many of the calls it got through before `budgetMs` ran out. */
export interface Replay {
  ms: number;
  calls: number;
  of: number;
}

/**
 * Replays the sessions on bare convex-test; with a budget, stops at the
 * first call past it (a bare run of a large dataset can take hours).
 */
export async function replayBare(sessions: Recorded[], budgetMs = Infinity): Promise<Replay> {
  let elapsed = 0;
  let calls = 0;
  const of = sessions.reduce((n, s) => n + s.calls.length, 0);
  for (const session of sessions) {
    // The instance counts: a test written by hand needs one too.
    const created = performance.now();
    const t = convexTest({ schema: session.app.schema, modules: session.app.modules, transactionLimits: session.limits as any });
    session.app.setupMemory?.(t);
    elapsed += performance.now() - created;
    const replayed = new Replayed();
    for (const call of session.calls) {
      if (elapsed > budgetMs) return { ms: elapsed, calls, of };
      const args = replayed.translate(call.args);
      const started = performance.now();
      try {
        const run = t[call.kind] as (fn: unknown, args: Record<string, unknown>) => Promise<unknown>;
        replayed.learn(call.result, await run.call(t, makeFunctionReference<any>(call.name), args));
      } catch {
        // Calls that failed under the harness (limits, crashes) fail here too; their cost still counts.
      }
      elapsed += performance.now() - started;
      calls++;
    }
  }
  return { ms: elapsed, calls, of };
}

function topLevelStrings(value: unknown): Record<string, string> | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const strings: Record<string, string> = {};
  for (const [key, field] of Object.entries(value)) if (typeof field === "string") strings[key] = field;
  return strings;
}

/** What a replayed session returned differently from the recorded one (see the file's comment). */
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
