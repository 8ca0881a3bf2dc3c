import { shrinkBudgetFromEnv } from "../model/config.js";

/** Default time shrinking may take after the first failure, in ms. */
export const DEFAULT_SHRINK_BUDGET_MS = 30_000;

/** HARNESS_SHRINK_BUDGET_MS, else the spec's, else 30 s. */
export function resolveShrinkBudget(specMs: number | undefined): number {
  return shrinkBudgetFromEnv() ?? specMs ?? DEFAULT_SHRINK_BUDGET_MS;
}

/**
 * Keeps shrinking inside a time budget. fast-check shrinks by re-running the
 * property on smaller candidates until none fails; a run of a real migration
 * costs milliseconds to seconds, so shrinking a large counterexample can
 * outlive the test's time limit and lose the failure altogether. Once the
 * budget since the first failure is spent, `expired()` turns true and the
 * property passes every further candidate at once, so fast-check ends with
 * the smallest failing case it has and reports it.
 */
export class ShrinkBudget {
  private firstFailure: number | null = null;
  private cut = false;

  constructor(readonly budgetMs: number, private readonly now: () => number = Date.now) {}

  /** Called when a property run fails. */
  failed(): void {
    this.firstFailure ??= this.now();
  }

  /** Whether shrinking must stop: the next candidate passes without running. */
  expired(): boolean {
    if (this.firstFailure !== null && this.now() - this.firstFailure > this.budgetMs) this.cut = true;
    return this.cut;
  }

  /** Whether a candidate was passed without running (the counterexample may not be minimal). */
  get cutShort(): boolean {
    return this.cut;
  }

  /** Time from the first failure to now. */
  spentMs(): number {
    return this.firstFailure === null ? 0 : this.now() - this.firstFailure;
  }
}
