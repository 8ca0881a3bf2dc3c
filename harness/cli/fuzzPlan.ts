import type { Shard } from "./shard.js";

/** What `npm run fuzz` hands to its vitest runner (harness/cli/runners/fuzz.run.ts). */
export interface FuzzPlan {
  /** Epoch ms when the whole run must stop starting rounds. */
  deadline: number;
  shard: Shard;
  seed?: number;
  migrations?: string[];
  roundRuns: number;
  corpusDir: string | null;
}

export const FUZZ_PLAN_VARIABLE = "HARNESS_FUZZ_PLAN";

export function readFuzzPlan(): FuzzPlan {
  const raw = process.env[FUZZ_PLAN_VARIABLE];
  if (!raw) throw new Error(`${FUZZ_PLAN_VARIABLE} is not set: this file runs only through npm run fuzz`);
  return JSON.parse(raw) as FuzzPlan;
}
