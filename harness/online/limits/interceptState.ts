import type { FilterExpression } from "./filterExpression.js";
import type { Recorder } from "./recorder.js";

/** A convex-test instance's syscalls, as the Convex runtime calls them. */
export type SyncSyscall = (op: string, json: string) => string;
export type AsyncSyscall = (op: string, json: string) => Promise<string>;

/** A production behaviour the memory backend detected it cannot reproduce exactly. */
export interface FidelityNote {
  kind: "filterOrder" | "uncountedReads";
  message: string;
}

/** Per memory backend: its streams under evaluation, its measured call, what it noticed. */
export interface InterceptState {
  convexFilters: boolean;
  streams: Map<number, FilteredStream>;
  nextStreamId: number;
  notes: FidelityNote[];
  /** Set while a call of this backend is measured. */
  recorder?: Recorder;
}

/** A `.filter()` query stream the harness evaluates over convex-test's unfiltered one. */
export interface FilteredStream {
  realId: number;
  table: string;
  operators: Array<{ filter: FilterExpression } | { limit: number }>;
  passed: number[];
  exhausted: boolean;
}

/** Above any id convex-test hands out, so a stream's id says who evaluates it. */
const FIRST_STREAM_ID = 2 ** 40;
const MAX_NOTES = 20;

export function newInterceptState(convexFilters: boolean): InterceptState {
  return { convexFilters, streams: new Map(), nextStreamId: FIRST_STREAM_ID, notes: [] };
}

export function note(state: InterceptState, kind: FidelityNote["kind"], message: string): void {
  if (state.notes.length >= MAX_NOTES || state.notes.some((n) => n.message === message)) return;
  state.notes.push({ kind, message });
}
