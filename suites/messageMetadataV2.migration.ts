/**
 * messageMetadataV2: messages.metadata gains version "2.0" and processedAt;
 * metadata that is not an object is recorded in migrationIssues and left in
 * place; rollback restores the exact previous metadata.
 */
import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { CHAT_DATA_CLASSES, chatDataClasses, chatDataset } from "./generators/index.js";
import { app } from "./app.js";
import { faultModules } from "./faults/modules.js";
import { messageMetadataV2Faults } from "./faults/messageMetadataV2.js";
import { metadataConserved } from "./messageMetadataV2.accounting.js";
import { processedAtView } from "./messageMetadataV2.view.js";

/** Small, so that a handful of messages spans several batches. */
const BATCH_SIZE = 3;

export default defineMigration(app, {
  name: "messageMetadataV2",
  table: "messages",
  forward: batchMigration(internal.migrations.messageMetadataV2.forward),
  rollback: batchMigration(internal.migrations.messageMetadataV2.rollback),
  dataset: chatDataset({ batchSize: BATCH_SIZE, paged: "messages" }),
  view: processedAtView,
  touches: ["messages", "migrationLedger", "migrationIssues"],
  conserves: metadataConserved,
  batchSize: BATCH_SIZE,
  // A run seeds ~12 documents of four tables; 20 runs per invariant cover the
  // metadata shapes and boundary sizes (the coverage test shows each class in
  // most 20-sample windows) and keep the suite near 10 s. targetValid is
  // cheap and needs the few datasets under size pressure (a message near
  // 1 MiB, about 3 in 100): 100 runs meet several.
  runs: { default: 20, targetValid: 100 },
  faults: messageMetadataV2Faults,
  faultModules,
  // Every chat data class but crowded titles (no search here).
  dataClasses: {
    classes: CHAT_DATA_CLASSES.filter((name) => name !== "title:crowded"),
    classify: (dataset) => chatDataClasses(dataset, { batchSize: BATCH_SIZE, paged: "messages" }),
  },
});
