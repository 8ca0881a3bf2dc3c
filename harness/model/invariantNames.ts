/** Every invariant the harness implements, in the order suites and reports list them. */
export const invariantNames = [
  "roundTrip",
  "idempotent",
  "batchIndependent",
  "resumable",
  "terminates",
  "targetValid",
  "conserves",
  "withinLimits",
  "readPathStable",
  "concurrentWrites",
  "referentialIntegrity",
  "queryEquivalent",
  "noPlaintextSecrets",
  "progressTruthful",
] as const;

export type InvariantName = (typeof invariantNames)[number];

export function isInvariantName(name: string): name is InvariantName {
  return (invariantNames as readonly string[]).includes(name);
}
