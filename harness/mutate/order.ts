import { invariantNames, type InvariantName } from "../model/invariantNames.js";

/**
 * The order a mutant meets the invariants in. StrykerJS stops a mutant's run
 * at its first failing test (bail), so the cheap invariants that most
 * mutants break (a batch that never ends, a document off its validator, a
 * key lost from the accounting, a rollback that does not restore) come
 * first, and the slow ones that catch fewer (five batch sizes, every resume
 * point, interleaved traffic, transaction limits) last. Survivors run them all.
 */
export const MUTATION_ORDER: readonly InvariantName[] = [
  "terminates",
  "targetValid",
  "conserves",
  "roundTrip",
  "idempotent",
  "noPlaintextSecrets",
  "referentialIntegrity",
  "queryEquivalent",
  "progressTruthful",
  "readPathStable",
  "batchIndependent",
  "resumable",
  "concurrentWrites",
  "withinLimits",
];

// Every invariant, once: a new one must be placed here too.
if (MUTATION_ORDER.length !== invariantNames.length || invariantNames.some((name) => !MUTATION_ORDER.includes(name))) {
  throw new Error(`MUTATION_ORDER must list every invariant once: ${invariantNames.join(", ")}`);
}
