/**
 * The harness must catch every catalogued fault of messageMetadataV2 with the
 * invariant it targets, and shrink the counterexample to a handful of documents.
 */
import { batchMigration } from "../../harness/index.js";
import { messageMetadataV2Spec } from "../messageMetadataV2.spec.js";
import { faultSuite } from "./expectCaught.js";

faultSuite({
  migration: "messageMetadataV2",
  spec: messageMetadataV2Spec,
  driver: (fn) => batchMigration(fn),
  file: "suites/faults/messageMetadataV2.faults.test.ts",
});
