import type { Backend } from "../../../model/backend.js";
import type { FidelityNote } from "./intercept.js";
import type { Measurement } from "./recorder.js";

/** The outcome of a measured call: its value or its error, and what it used. */
export type MeasuredCall<T> = { measurement: Measurement } & ({ ok: true; value: T } | { ok: false; error: unknown });

/**
 * A backend that can say what a call used, transaction by transaction (the
 * memory backend). A real deployment enforces its limits itself but does not
 * report usage per call over HTTP.
 */
export interface MeasurableBackend extends Backend {
  measure<T>(call: () => Promise<T>): Promise<MeasuredCall<T>>;
  /** Production behaviours this backend noticed it could not reproduce exactly. */
  fidelityNotes(): FidelityNote[];
}

export function isMeasurable(backend: Backend): backend is MeasurableBackend {
  return typeof (backend as Partial<MeasurableBackend>).measure === "function";
}
