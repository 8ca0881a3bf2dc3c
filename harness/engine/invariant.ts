import type fc from "fast-check";
import type { Dataset } from "../model/dataset.js";
import type { CheckContext } from "./session.js";
import type { MigrationSpec } from "../spec/types.js";
import type { InvariantName } from "../model/invariantNames.js";

/**
 * One invariant (docs/architecture.md, "Invariants") as a property over datasets: `check`
 * throws an InvariantViolation when it does not hold for this dataset.
 */
export interface Invariant<P = unknown> {
  readonly name: InvariantName;
  /** Reads as a sentence after the name in test names and reports. */
  readonly title: string;
  /** Why this spec cannot be checked for this invariant, or null. */
  notApplicable(spec: MigrationSpec): string | null;
  /** Randomness beyond the dataset (batch sizes, crash points), shrunk with it. */
  params(spec: MigrationSpec): fc.Arbitrary<P>;
  check(ctx: CheckContext, dataset: Dataset, params: P): Promise<void>;
  /** Property runs per check on the memory backend unless the spec says otherwise. */
  readonly defaultRuns: number;
}
