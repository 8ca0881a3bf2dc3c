import fc from "fast-check";
import type { BackendProvider } from "../model/backend.js";
import type { MigrationSpec } from "../spec/types.js";
import type { InvariantName } from "../model/invariantNames.js";
import type { Run } from "./run.js";

/**
 * One invariant (docs/architecture.md, "Invariants") as a property over datasets: `check`
 * throws an InvariantViolation when it does not hold for the run's dataset.
 */
export interface Invariant<P = unknown> {
  readonly name: InvariantName;
  /** Reads as a sentence after the name in test names and reports. */
  readonly title: string;
  /** Why this spec cannot be checked for this invariant, or null. */
  notApplicable(spec: MigrationSpec): string | null;
  /** Randomness beyond the dataset (batch sizes, crash points), shrunk with it. None: every run gets undefined. */
  params?(spec: MigrationSpec): fc.Arbitrary<P>;
  /** The backends this invariant's sessions run on, when not the check's own (e.g. with limits turned on). */
  provider?(provider: BackendProvider, spec: MigrationSpec): BackendProvider;
  /** Checks one run: its session is open, and the engine disposes it (and any the check opens) afterwards. */
  check(run: Run, params: P): Promise<void>;
  /** Property runs per check on the memory backend unless the spec says otherwise. */
  readonly defaultRuns: number;
}

/** The invariant's parameters, or a constant undefined for one that has none. */
export function paramsOf<P>(invariant: Invariant<P>, spec: MigrationSpec): fc.Arbitrary<P | undefined> {
  return invariant.params?.(spec) ?? fc.constant(undefined);
}
