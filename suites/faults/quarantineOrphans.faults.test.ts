/**
 * The harness must catch every catalogued fault of quarantineOrphans with the
 * invariant it targets, and shrink the counterexample to a handful of documents.
 */
import { batchMigration } from "../../harness/index.js";
import { quarantineOrphansSpec } from "../quarantineOrphans.spec.js";
import { faultSuite } from "./expectCaught.js";

faultSuite({
  migration: "quarantineOrphans",
  spec: quarantineOrphansSpec,
  driver: (fn) => batchMigration(fn),
  file: "suites/faults/quarantineOrphans.faults.test.ts",
});
