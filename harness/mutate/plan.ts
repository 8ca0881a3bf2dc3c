import { planIfAny, readPlan } from "../model/config.js";

/** What the mutate CLI hands to the spec files it runs (HARNESS_MODE=mutate). */
export interface MutatePlan {
  /**
   * The migration whose invariant tests are registered; the other specs of
   * the file register nothing. Absent in the probe, which lists targets.
   */
  migration?: string;
  /** The spec file that declares it, relative to the root: the only test file of a mutant's run. */
  file?: string;
  /** Property runs of each invariant against a mutant. */
  runs?: number;
  /** Base seed: invariant i of invariantNames checks with seed + i, the same datasets for every mutant. */
  seed?: number;
  /** Collect only: each spec registers one skipped test whose meta names its mutation targets. */
  probe?: boolean;
}

export function readMutatePlan(): MutatePlan {
  return readPlan<MutatePlan>("mutate");
}

/** The plan, when the mutate command set one (vitest.mutate.config.ts also loads outside it). */
export function mutatePlanIfAny(): MutatePlan | null {
  return planIfAny<MutatePlan>("mutate");
}
