import type { Backend, BackendKind, BackendProvider, CallAs } from "../model/backend.js";
import type { App } from "../model/app.js";
import { preciseDuration } from "../model/duration.js";
import { deadlineFromEnv } from "../model/config.js";

/** Default deadline of one call, per backend: convex-test runs in process; a remote call crosses HTTP and a real scheduler. */
const DEFAULT_DEADLINE_MS: Record<BackendKind, number> = { memory: 10_000, container: 60_000, external: 60_000 };

/** A call that did not return within its deadline. The backend it ran on is discarded. */
export class DeadlineExceeded extends Error {
  constructor(
    readonly call: { type: "query" | "mutation" | "action"; name: string; args: Record<string, unknown> },
    readonly deadlineMs: number,
  ) {
    super(`${call.type} ${call.name} did not return within ${preciseDuration(deadlineMs)} (the call's deadline)`);
    this.name = "DeadlineExceeded";
  }
}

/** The deadline of one call: HARNESS_DEADLINE_MS, else the spec's, else the backend's default. */
export function resolveDeadline(kind: BackendKind, specMs: number | undefined): number {
  return deadlineFromEnv() ?? specMs ?? DEFAULT_DEADLINE_MS[kind];
}

/**
 * The provider's backends with a deadline on every call. A call past it
 * rejects with DeadlineExceeded, and every later call on that backend
 * rejects at once: its state is unknown (a memory backend whose mutation
 * never returned still holds its transaction lock), so it is discarded, and
 * the next property run gets a fresh one.
 */
export function withDeadlines<P extends BackendProvider>(provider: P, deadlineMs: number): P {
  const wrapped = Object.create(provider) as P & { withOptions?: (options: unknown) => BackendProvider };
  wrapped.fresh = async (app: App) => guard(await provider.fresh(app), deadlineMs);
  // A provider that hands out variants of itself (the memory backend with limits on) keeps its deadlines in them.
  const variants = (provider as { withOptions?: (options: unknown) => BackendProvider }).withOptions;
  if (typeof variants === "function") wrapped.withOptions = (options) => withDeadlines(variants.call(provider, options), deadlineMs);
  return wrapped;
}

function guard(backend: Backend, deadlineMs: number): Backend {
  let stuck: DeadlineExceeded | undefined;
  const call = <T>(type: "query" | "mutation" | "action", name: string, args: Record<string, unknown> = {}, as?: CallAs): Promise<T> => {
    if (stuck) return Promise.reject(new Error(`the backend was discarded after ${stuck.message}`));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        stuck = new DeadlineExceeded({ type, name, args }, deadlineMs);
        reject(stuck);
      }, deadlineMs);
    });
    const running = backend[type](name, args, as) as Promise<T>;
    return Promise.race([running, expired]).finally(() => clearTimeout(timer));
  };
  // Methods the backend has beyond the interface (measurement, fidelity notes) pass through.
  return Object.assign(Object.create(backend) as Backend, {
    kind: backend.kind,
    query: (name: string, args?: Record<string, unknown>, as?: CallAs) => call("query", name, args, as),
    mutation: (name: string, args?: Record<string, unknown>, as?: CallAs) => call("mutation", name, args, as),
    action: (name: string, args?: Record<string, unknown>, as?: CallAs) => call("action", name, args, as),
    // A stuck deployment is not waited for: a memory one is dropped, a remote one is cleared by the next run.
    dispose: () => (stuck ? Promise.resolve() : backend.dispose()),
  });
}
