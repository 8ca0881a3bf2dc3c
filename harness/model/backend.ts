import type { App, Identity } from "./app.js";

/** The identity a call runs as (`ctx.auth`); absent: unauthenticated, as an internal call. */
export type CallAs = Identity | undefined;

export const BACKEND_KINDS = ["memory", "container", "external"] as const;

export type BackendKind = (typeof BACKEND_KINDS)[number];

/**
 * One deployment of the app, empty when handed out. Every interaction goes
 * through the app's Convex functions by name, so that the same harness code
 * drives convex-test in process and a real backend over HTTP.
 */
export interface Backend {
  readonly kind: BackendKind;
  query(name: string, args?: Record<string, unknown>, as?: CallAs): Promise<unknown>;
  mutation(name: string, args?: Record<string, unknown>, as?: CallAs): Promise<unknown>;
  action(name: string, args?: Record<string, unknown>, as?: CallAs): Promise<unknown>;
  /** Releases the deployment (memory: drops it; remote: clears its tables). */
  dispose(): Promise<void>;
}

/**
 * Hands out empty backends, one per property run, so that no state leaks
 * from one run into the next.
 */
export interface BackendProvider {
  readonly kind: BackendKind;
  /** Why this provider cannot run here (no container runtime, ...), or null. */
  unavailable(): Promise<string | null>;
  fresh(app: App): Promise<Backend>;
}
