/**
 * Every invariant the harness implements, in the order suites and reports list them.
 *
 * @example
 * // every invariant of one spec, outside vitest (checkMigration checks one at a time)
 * for (const invariant of invariantNames) results.push(await checkMigration(spec, { invariant }));
 */
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

/** The name of one invariant ("roundTrip", "idempotent", ...): what `checkMigration`, `runs` and `faults` take. */
export type InvariantName = (typeof invariantNames)[number];

export function isInvariantName(name: string): name is InvariantName {
  return (invariantNames as readonly string[]).includes(name);
}
