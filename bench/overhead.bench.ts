/**
 * Harness overhead per invariant: a property run's wall time against the
 * bare convex-test calls it makes. A recording provider logs every call of
 * every session (seeding, batches, reads, clears); the same calls are then
 * replayed on fresh convexTest instances with nothing around them. The ratio
 * is what the harness costs on top of convex-test (target: at most 1.3).
 */
import { convexTest } from "convex-test";
import { makeFunctionReference } from "convex/server";
import { test } from "vitest";
import { checkMigration, invariantNames, memoryBackend, type App, type Backend } from "../harness/index.js";
import type { MemoryBackendProvider } from "../harness/backends/memory.js";
import { apiKeysToTableSpec } from "../suites/apiKeysToTable.spec.js";
import { app } from "../suites/app.js";
import { recordFigure } from "./figures.js";

type Call = { kind: "query" | "mutation" | "action"; name: string; args: Record<string, unknown> };
interface Recorded {
  app: App;
  limits: unknown;
  calls: Call[];
}

function recording(inner: MemoryBackendProvider, sessions: Recorded[]): MemoryBackendProvider {
  return {
    ...inner,
    withOptions: (options) => recording(inner.withOptions(options), sessions),
    async fresh(app) {
      const backend = (await inner.fresh(app)) as Backend & Record<string, unknown>;
      const session: Recorded = { app, limits: inner.options.transactionLimits, calls: [] };
      sessions.push(session);
      const logged = (kind: Call["kind"]) => (name: string, args: Record<string, unknown> = {}) => {
        session.calls.push({ kind, name, args });
        return backend[kind](name, args);
      };
      return { ...backend, query: logged("query"), mutation: logged("mutation"), action: logged("action") };
    },
  };
}

async function replayBare(sessions: Recorded[]): Promise<number> {
  const started = performance.now();
  for (const session of sessions) {
    const t = convexTest({ schema: session.app.schema, modules: session.app.modules, transactionLimits: session.limits as any });
    session.app.setupMemory?.(t);
    for (const call of session.calls) {
      try {
        const run = t[call.kind] as (fn: unknown, args: Record<string, unknown>) => Promise<unknown>;
        await run.call(t, makeFunctionReference<any>(call.name), call.args);
      } catch {
        // Calls that failed under the harness (limits, crashes) fail here too; their cost still counts.
      }
    }
  }
  return performance.now() - started;
}

for (const invariant of invariantNames) {
  test(`overhead of ${invariant}`, async () => {
    const spec = apiKeysToTableSpec();
    // Warm up first (module loading, JIT): the figure is the steady state, which is what a suite pays.
    await checkMigration(app, spec, { invariant, runs: 3, seed: 99 });
    const sessions: Recorded[] = [];
    const started = performance.now();
    const result = await checkMigration(app, spec, { invariant, runs: 20, seed: 1, backend: recording(memoryBackend(), sessions) });
    const harnessMs = performance.now() - started;
    if (result.status === "not-applicable") return;
    if (result.status !== "passed") throw new Error(`${invariant} did not pass: ${result.status}`);
    const bareMs = await replayBare(sessions);
    recordFigure("overhead", invariant, {
      harnessMs: Math.round(harnessMs),
      bareConvexTestMs: Math.round(bareMs),
      ratio: harnessMs / bareMs,
      calls: sessions.reduce((n, s) => n + s.calls.length, 0),
    });
  });
}
