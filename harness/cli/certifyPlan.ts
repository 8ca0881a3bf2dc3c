/** What `npm run certify` hands to its vitest runners (coverage, snapshot). */
export interface CertifyPlan {
  seed: number;
  coverageRuns: number;
  minCoverage: number;
  migrations?: string[];
  /** Backends requested (vitest projects). */
  backends: string[];
  /** Absolute path of a snapshot export to check (certify --snapshot). */
  snapshot?: string;
}

export const CERTIFY_PLAN_VARIABLE = "HARNESS_CERTIFY_PLAN";

export function readCertifyPlan(): CertifyPlan {
  const raw = process.env[CERTIFY_PLAN_VARIABLE];
  if (!raw) throw new Error(`${CERTIFY_PLAN_VARIABLE} is not set: this file runs only through npm run certify`);
  return JSON.parse(raw) as CertifyPlan;
}
