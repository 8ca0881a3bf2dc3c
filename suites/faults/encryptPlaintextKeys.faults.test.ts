/**
 * The harness must catch every catalogued fault of encryptPlaintextKeys with the
 * invariant it targets, and shrink the counterexample to a handful of documents.
 */
import { batchMigration } from "../../harness/index.js";
import { encryptPlaintextKeysSpec } from "../encryptPlaintextKeys.spec.js";
import { faultSuite } from "./expectCaught.js";

faultSuite({
  migration: "encryptPlaintextKeys",
  spec: encryptPlaintextKeysSpec,
  driver: (fn) => batchMigration(fn),
  file: "suites/faults/encryptPlaintextKeys.faults.test.ts",
});
