import { batchIndependent } from "./batchIndependent.js";
import { concurrentWrites } from "./concurrentWrites.js";
import { conserves } from "./conserves.js";
import { idempotent } from "./idempotent.js";
import type { Invariant } from "../engine/invariant.js";
import type { InvariantName } from "../model/invariantNames.js";
import { noPlaintextSecrets } from "./noPlaintextSecrets.js";
import { progressTruthful } from "./progressTruthful.js";
import { queryEquivalent } from "./queryEquivalent.js";
import { readPathStable } from "./readPathStable.js";
import { referentialIntegrity } from "./referentialIntegrity.js";
import { resumable } from "./resumable.js";
import { roundTrip } from "./roundTrip.js";
import { targetValid } from "./targetValid.js";
import { terminates } from "./terminates.js";
import { withinLimits } from "./withinLimits.js";

/** Every invariant, by name, in the order suites and reports list them. */
export const invariants: Record<InvariantName, Invariant<any>> = {
  roundTrip,
  idempotent,
  batchIndependent,
  resumable,
  terminates,
  targetValid,
  conserves,
  withinLimits,
  readPathStable,
  concurrentWrites,
  referentialIntegrity,
  queryEquivalent,
  noPlaintextSecrets,
  progressTruthful,
};
