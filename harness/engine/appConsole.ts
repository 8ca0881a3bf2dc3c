import type { App } from "../model/app.js";
import type { Backend, BackendProvider, CallAs } from "../model/backend.js";
import { relabelText } from "../model/labels.js";

/** Messages of the app's own logging shown per check: enough to see what the app said, not one per shrink step. */
export const APP_CONSOLE_LIMIT = 5;

const METHODS = ["log", "info", "warn", "error", "debug", "trace"] as const;
type Method = (typeof METHODS)[number];

/**
 * What the app's functions log during one check. In memory they run in this
 * process, and an app that logs on every failed batch (the migrations
 * component logs each failed document and each failed migration) prints
 * hundreds of lines while shrinking re-runs the failure: the first
 * APP_CONSOLE_LIMIT messages pass through, with seeded ids named as the
 * dataset names them, and the rest are counted and said in one line.
 */
export class AppConsole {
  shown = 0;
  dropped = 0;

  constructor(
    private readonly labels: () => ReadonlyMap<string, string> | undefined,
    readonly limit = APP_CONSOLE_LIMIT,
  ) {}

  /** Runs an app call with console output routed through this check's limit. */
  async around<T>(call: () => Promise<T>): Promise<T> {
    const restore = capture(this);
    try {
      return await call();
    } finally {
      restore();
    }
  }

  /** Passes one message through, or counts it. */
  write(original: (...args: unknown[]) => void, args: unknown[]): void {
    if (this.shown >= this.limit) {
      this.dropped++;
      return;
    }
    this.shown++;
    const labels = this.labels();
    original(...(labels && labels.size > 0 ? args.map((arg) => (typeof arg === "string" ? relabelText(arg, labels) : arg)) : args));
  }

  /** The line that says what was dropped, or null when nothing was. */
  summary(what: string): string | null {
    if (this.dropped === 0) return null;
    return `${what}: the app's functions logged ${this.shown + this.dropped} console messages during this check; the first ${this.shown} are shown, ${this.dropped} more were dropped`;
  }
}

/** The provider's backends with every call's console output going through `appConsole`. */
export function withAppConsole<P extends BackendProvider>(provider: P, appConsole: AppConsole): P {
  const wrapped = Object.create(provider) as P & { withOptions?: (options: unknown) => BackendProvider };
  wrapped.fresh = async (app: App) => quiet(await provider.fresh(app), appConsole);
  const variants = (provider as { withOptions?: (options: unknown) => BackendProvider }).withOptions;
  if (typeof variants === "function") wrapped.withOptions = (options) => withAppConsole(variants.call(provider, options), appConsole);
  return wrapped;
}

function quiet(backend: Backend, appConsole: AppConsole): Backend {
  const call = (type: "query" | "mutation" | "action") => (name: string, args?: Record<string, unknown>, as?: CallAs) =>
    appConsole.around(() => backend[type](name, args, as));
  // Methods the backend has beyond the interface (measurement, fidelity notes) pass through.
  return Object.assign(Object.create(backend) as Backend, {
    kind: backend.kind,
    query: call("query"),
    mutation: call("mutation"),
    action: call("action"),
    dispose: () => backend.dispose(),
  });
}

/** The console as it was before the outermost capture, while calls are in flight (calls may overlap). */
let captured: { owner: AppConsole; depth: number; originals: Record<Method, (...args: unknown[]) => void> } | null = null;

function capture(owner: AppConsole): () => void {
  if (captured === null) {
    const originals = Object.fromEntries(METHODS.map((m) => [m, console[m]])) as Record<Method, (...args: unknown[]) => void>;
    captured = { owner, depth: 0, originals };
    for (const m of METHODS) console[m] = (...args: unknown[]) => captured!.owner.write(originals[m].bind(console), args);
  }
  captured.depth++;
  return () => {
    if (captured === null || --captured.depth > 0) return;
    for (const m of METHODS) console[m] = captured.originals[m];
    captured = null;
  };
}
