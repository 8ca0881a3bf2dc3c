import { batchIndependent } from "./batchIndependent.js";
import { conserves } from "./conserves.js";
import { idempotent } from "./idempotent.js";
import type { Invariant } from "./invariant.js";
import type { InvariantName } from "./names.js";
import { resumable } from "./resumable.js";
import { roundTrip } from "./roundTrip.js";
import { targetValid } from "./targetValid.js";
import { terminates } from "./terminates.js";

/** Every invariant, by name, in the order suites and reports list them. */
export const invariants: Record<InvariantName, Invariant<any>> = {
  roundTrip,
  idempotent,
  batchIndependent,
  resumable,
  terminates,
  targetValid,
  conserves,
};
