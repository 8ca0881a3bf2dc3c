import type { InvariantName } from "./invariants/names.js";

/** A migration batch that threw, located as precisely as the harness can. */
export interface Crash {
  direction: "forward" | "rollback";
  batch: number;
  cursor: string | null;
  message: string;
  /** Documents of the page that the failing batch was processing. */
  batchDocumentIds: string[];
  /** The document the error names, when its message contains one of those ids. */
  documentId?: string;
}

/**
 * What an invariant found wrong in one property run. Data, never display text
 * alone: reporters render `details` lines and may use the structured fields.
 */
export interface InvariantFailure {
  invariant: InvariantName;
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
