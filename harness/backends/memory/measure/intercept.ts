import type { InterceptState } from "./interceptState.js";
import { Recorder, type Measurement } from "./recorder.js";

export { newInterceptState, type FidelityNote, type InterceptState } from "./interceptState.js";

/**
 * How a memory backend measures a call. The memory engine
 * (harness/backends/memory/) applies the backend's `.filter()` corrections
 * itself and reports to `state.recorder`, while a call is measured, each
 * top-level transaction's usage when it ends (commit, or rollback when it
 * threw), the pages `.paginate()` returned and the documents a filter
 * rejected.
 */
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
