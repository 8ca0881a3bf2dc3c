import type { Dataset } from "./dataset.js";
import type { BackendKind } from "./backend.js";
import type { InvariantName } from "./invariantNames.js";
import type { InvariantFailure } from "./violation.js";

interface ResultBase {
  migration: string;
  invariant: InvariantName;
  backend: BackendKind;
  durationMs: number;
}

export interface PassedResult extends ResultBase {
  status: "passed";
  runs: number;
  seed: number;
  /** Set when the check's time limit stopped it before all its runs: it passed on `runs` of `requestedRuns`. */
  interrupted?: { requestedRuns: number; timeLimitMs: number };
  /**
   * Set when forward changed no document in any of its runs: the check held,
   * but on data the migration never acted on, so it proves little. Certify
   * counts it as a shortfall; `message` says what to change.
   */
  vacuous?: { runs: number; message: string };
}

export interface FailedResult extends ResultBase {
  status: "failed";
  seed: number;
  /** fast-check's counterexample path: with the seed, replays the shrunk case. */
  path: string;
  runs: number;
  shrinks: number;
  /** The shrunk dataset that breaks the invariant. */
  dataset: Dataset;
  /** The shrunk extra parameters (batch size, crash point, ...). */
  params: unknown;
  failure: InvariantFailure;
  /** One shell command that reproduces this failure. */
  replay: string;
  /** Set when shrinking stopped at its time budget: the counterexample is the smallest found by then. */
  shrinkCutShort?: { budgetMs: number };
}

export interface NotApplicableResult extends ResultBase {
  status: "not-applicable";
  reason: string;
}

export interface SkippedResult extends ResultBase {
  status: "skipped";
  reason: string;
}

/** What checking one (migration, invariant, backend) found. Data, never thrown. */
export type CheckResult = PassedResult | FailedResult | NotApplicableResult | SkippedResult;
