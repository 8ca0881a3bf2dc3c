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

export const CERTIFY_PLAN_VARIABLE = "HARNESS_CERTIFY_PLAN";

export function readCertifyPlan(): CertifyPlan {
  const raw = process.env[CERTIFY_PLAN_VARIABLE];
  if (!raw) throw new Error(`${CERTIFY_PLAN_VARIABLE} is not set: certify mode runs only through the certify command`);
  return JSON.parse(raw) as CertifyPlan;
}
