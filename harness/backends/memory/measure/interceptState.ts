import type { Recorder } from "./recorder.js";

/** A production behaviour the memory backend detected it cannot reproduce exactly. */
export interface FidelityNote {
  kind: "filterOrder" | "uncountedReads";
  message: string;
}

/** Per memory backend: whether it corrects `.filter()`, its measured call, what it noticed. */
export interface InterceptState {
  convexFilters: boolean;
  notes: FidelityNote[];
  /** Set while a call of this backend is measured. */
  recorder?: Recorder;
}

const MAX_NOTES = 20;

/** A backend's state before its first call: nothing noticed, nothing measured. */
export function newInterceptState(convexFilters: boolean): InterceptState {
  return { convexFilters, notes: [] };
}

/** Records what the backend noticed, once per message, at most MAX_NOTES of them. */
export function note(state: InterceptState, kind: FidelityNote["kind"], message: string): void {
  if (state.notes.length >= MAX_NOTES || state.notes.some((n) => n.message === message)) return;
  state.notes.push({ kind, message });
}
