import { convexTest, makeFunctionReference } from "./convexTest/index.js";
import { applyEnv, type App } from "../../model/app.js";
import { measureCall, newInterceptState } from "./measure/intercept.js";
import type { MeasurableBackend } from "./measure/measurable.js";
import type { TransactionLimits } from "../../model/limits.js";
import type { Backend, BackendProvider } from "../../model/backend.js";
import { attachEngine } from "./adapter.js";

export interface MemoryBackendOptions {
  /**
   * convex-test's per-transaction limits: false (default) not enforced, true
   * Convex's limits, or some of them lowered (e.g. `{ documentsRead: 500 }`)
   * so that limit bugs show on small datasets.
   */
  transactionLimits?: boolean | Partial<TransactionLimits>;
  /**
   * Evaluate `.filter()` with Convex's ordering of values and count the
   * documents it rejects as read, as production does (default true). See
   * docs/memory-backend.md.
   */
  convexFilters?: boolean;
}

/** The memory provider, which can hand out variants of itself (limits on, ...). */
export interface MemoryBackendProvider extends BackendProvider {
  readonly kind: "memory";
  readonly options: Readonly<MemoryBackendOptions>;
  withOptions(options: MemoryBackendOptions): MemoryBackendProvider;
}

/**
 * convex-test, in process: a brand-new instance per property run. Fresh
 * instances are cheap (an empty in-memory database) and make runs independent
 * of one another, which shrinking relies on. The memory engine
 * (harness/backends/memory/) answers its indexed queries and pages from
 * ordered indexes and applies the corrections that make it count and filter
 * like production; an unsupported convex-test version fails here, in one
 * line, rather than run uncorrected.
 *
 * @example
 * // withinLimits' transaction limits on every call, not only in that invariant
 * await checkMigration(spec, { invariant: "roundTrip", backend: memoryBackend({ transactionLimits: true }) });
 */
export function memoryBackend(options: MemoryBackendOptions = {}): MemoryBackendProvider {
  const resolved = Object.freeze({ transactionLimits: options.transactionLimits ?? false, convexFilters: options.convexFilters ?? true });
  return {
    kind: "memory",
    options: resolved,
    withOptions: (more) => memoryBackend({ ...resolved, ...more }),
    async unavailable() {
      return null;
    },
    async fresh(app: App): Promise<Backend & MeasurableBackend> {
      // convex-test runs functions in this process, so the app's environment
      // is this process's environment. The values are the same for every run.
      applyEnv(app.env);
      const t = convexTest({ schema: app.schema, modules: app.modules, transactionLimits: resolved.transactionLimits });
      app.setupMemory?.(t);
      const ref = (name: string) => makeFunctionReference<any>(name) as any;
      const state = newInterceptState(resolved.convexFilters);
      await attachEngine(t, state);
      return {
        kind: "memory",
        // An identity is convex-test's withIdentity: the same database, ctx.auth set.
        query: (name, args = {}, as) => (as ? t.withIdentity(as) : t).query(ref(name), args),
        mutation: (name, args = {}, as) => (as ? t.withIdentity(as) : t).mutation(ref(name), args),
        action: (name, args = {}, as) => (as ? t.withIdentity(as) : t).action(ref(name), args),
        measure: (run) => measureCall(state, run),
        fidelityNotes: () => [...state.notes],
        async dispose() {},
      };
    },
  };
}

export function isMemoryProvider(provider: BackendProvider): provider is MemoryBackendProvider {
  return provider.kind === "memory" && typeof (provider as Partial<MemoryBackendProvider>).withOptions === "function";
}
