import { correctedAsyncSyscall, correctedSyscall } from "./filterCorrection.js";
import type { AsyncSyscall, InterceptState, SyncSyscall } from "./interceptState.js";
import { Recorder, type Measurement } from "./recorder.js";
import { setTransactionEndListener } from "./transactionEnd.js";

export { newInterceptState, type FidelityNote, type InterceptState } from "./interceptState.js";

/**
 * How the memory backend's corrections to convex-test reach its calls: by
 * wrapping the syscalls Convex's runtime makes (`globalThis.Convex`), so that
 * neither the app nor convex-test changes. Each harness backend registers its
 * convex-test instance's own syscall functions; the wrapper looks the caller
 * up by them and applies that backend's `.filter()` corrections
 * (filterCorrection.ts). While a call is measured, each of its transactions
 * reports its totals when it ends (transactionEnd.ts).
 */

/** A convex-test instance's own syscalls, and this backend's wrappers of them. */
interface Attached {
  state: InterceptState;
  sync: SyncSyscall;
  async: AsyncSyscall;
}

interface ConvexGlobal {
  syscall: SyncSyscall;
  asyncSyscall: AsyncSyscall;
  jsSyscall: unknown;
}

const WRAPPED = Symbol.for("convex-migration-harness.syscalls");
/**
 * Which backend a syscall belongs to, keyed by the syscall functions of its
 * convex-test instance (convex-test hands each instance's own functions to
 * the Convex runtime, including in nested and scheduled calls). Looking the
 * caller up this way costs a map lookup per syscall, where an
 * AsyncLocalStorage context per call cost a promise hook per await.
 * One registry per process, not per module instance: the wrapper installed on
 * globalThis by one instance of this module (a test file) must find the
 * backends that another instance (a later test file in the same worker) attaches.
 */
const registry: WeakMap<SyncSyscall | AsyncSyscall, Attached> = ((globalThis as any)[
  Symbol.for("convex-migration-harness.attached")
] ??= new WeakMap());

/** The part of a convexTest instance this needs: running code in its context. */
interface TestInstance {
  run<T>(handler: (ctx: any) => Promise<T>): Promise<T>;
}

/**
 * Applies this backend's corrections to every call made to `t` from now on:
 * finds the instance's syscalls (by reading them inside its context) and
 * registers them. Call once, right after `convexTest(...)`.
 */
export async function attachCorrections(t: TestInstance, state: InterceptState): Promise<void> {
  const inner = installInterceptor();
  let raw: { sync: SyncSyscall; async: AsyncSyscall } | undefined;
  // t.run's result must be a Convex value, so the functions leave by closure.
  await t.run(async () => {
    raw = { sync: inner.syscall, async: inner.asyncSyscall };
    return null;
  });
  if (!raw) throw new Error("convexTest.run did not run its handler");
  const { sync, async } = raw;
  const attached: Attached = {
    state,
    sync: (op, json) => correctedSyscall(state, sync, op, json),
    async: (op, json) => correctedAsyncSyscall(state, sync, async, op, json),
  };
  registry.set(sync, attached);
  registry.set(async, attached);
}

/** Runs a call and reports what each of its transactions used, whether it returned or threw. */
export async function measureCall<T>(
  state: InterceptState,
  call: () => Promise<T>,
): Promise<{ measurement: Measurement } & ({ ok: true; value: T } | { ok: false; error: unknown })> {
  // The harness awaits one call at a time per backend; overlapping measured
  // calls would mix their transactions, so they are refused, not guessed at.
  if (state.recorder) throw new Error("measured calls on one memory backend must not overlap");
  const recorder = new Recorder();
  state.recorder = recorder;
  try {
    const value = await call();
    return { ok: true, value, measurement: recorder.result() };
  } catch (error) {
    return { ok: false, error, measurement: recorder.result() };
  } finally {
    state.recorder = undefined;
  }
}

/**
 * convex-test installs `globalThis.Convex` once per module instance, as
 * getters that resolve to the current test's syscalls; this wraps it once
 * (and hooks transaction ends to the measured backend) and returns
 * convex-test's own object. Syscalls of instances no harness backend
 * attached (unit tests of the app) pass straight through.
 */
function installInterceptor(): ConvexGlobal {
  const g = globalThis as any;
  const current = g.Convex;
  if (!current) throw new Error("convex-test has not installed globalThis.Convex: create the convexTest instance first");
  if (current[WRAPPED]) return current[WRAPPED];
  const inner: ConvexGlobal = current;
  g.Convex = {
    [WRAPPED]: inner,
    get syscall(): SyncSyscall {
      const raw = inner.syscall;
      return registry.get(raw)?.sync ?? raw;
    },
    get asyncSyscall(): AsyncSyscall {
      const raw = inner.asyncSyscall;
      return registry.get(raw)?.async ?? raw;
    },
    get jsSyscall() {
      return inner.jsSyscall;
    },
  };
  setTransactionEndListener((usage) => attachedNow(inner)?.state.recorder?.transactionEnded(usage()));
  return inner;
}

/** The backend whose convex-test context is running, if a harness backend attached it. */
function attachedNow(inner: ConvexGlobal): Attached | undefined {
  try {
    return registry.get(inner.syscall);
  } catch {
    // Outside any convex-test context: nobody to report to.
    return undefined;
  }
}
