/**
 * The harness must catch every catalogued fault of dropSaveRegenerationHistory with the
 * invariant it targets, and shrink the counterexample to a handful of documents.
 */
import { internal } from "../../convex/_generated/api";
import { componentMigration } from "../../harness/index.js";
import { dropSaveRegenerationHistorySpec } from "../dropSaveRegenerationHistory.spec.js";
import { faultSuite } from "./expectCaught.js";

faultSuite({
  migration: "dropSaveRegenerationHistory",
  spec: dropSaveRegenerationHistorySpec,
  driver: (fn) => componentMigration(fn, { runner: internal.migrations.component.runBatch }),
  file: "suites/faults/dropSaveRegenerationHistory.faults.test.ts",
});
