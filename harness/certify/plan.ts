import { readPlan } from "../model/config.js";

/** What the certify CLI hands to the spec files it runs (HARNESS_MODE=certify). */
export interface CertifyPlan {
  seed: number;
  coverageRuns: number;
  minCoverage: number;
  /** Only these migrations (by name); default every one. */
  migrations?: string[];
  /** Backends requested (vitest projects). */
  backends: string[];
  /** Absolute path of a snapshot export to check (certify --snapshot). */
  snapshot?: string;
  /** How to run certify again, for the replay line of a snapshot failure (`npm run certify --` or `npx convex-migration-harness certify`). */
  command: string;
}

export function readCertifyPlan(): CertifyPlan {
  return readPlan<CertifyPlan>("certify");
}
