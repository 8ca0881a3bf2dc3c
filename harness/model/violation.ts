import type { InvariantName } from "./invariantNames.js";

/** A migration batch that threw, located as precisely as the harness can. */
export interface Crash {
  /** "threw": the batch threw; "deadline": it did not return within its deadline. */
  kind: "threw" | "deadline";
  direction: "forward" | "rollback";
  batch: number;
  cursor: string | null;
  message: string;
  /** Documents of the page that the failing batch was processing, as the dataset labels them (`users[2]`). */
  batchDocuments: string[];
  /** The document the error names, when its message contains one of those documents' ids. */
  document?: string;
}

/**
 * What an invariant found wrong in one property run. Data, never display text
 * alone: reporters render `details` lines and may use the structured fields.
 */
export interface InvariantFailure {
  invariant: InvariantName;
  /** "deadline": a call did not return in time (the failure a hang becomes); default: the invariant did not hold. */
  kind?: "violation" | "deadline";
  /** One sentence: what does not hold. */
  summary: string;
  /** Readable lines explaining it (a diff, the violations, the batches). */
  details: string[];
  crash?: Crash;
  /** Structured findings (differences or violations), for reporters. */
  findings?: unknown[];
}

/**
 * Carries an InvariantFailure through fast-check: a property fails by
 * throwing, and fast-check hands the last (shrunk) error back in RunDetails.
 */
export class InvariantViolation extends Error {
  constructor(readonly failure: InvariantFailure) {
    super(`${failure.invariant}: ${failure.summary}`);
    this.name = "InvariantViolation";
  }
}
