import { internal } from "../convex/_generated/api";
import { CHAT_DATA_CLASSES, chatDataset } from "../generators/index.js";
import { batchMigration, defineMigration, type MigrationSpecOptions } from "../harness/index.js";
import { metadataConserved } from "./messageMetadataV2.accounting.js";
import { processedAtView } from "./messageMetadataV2.view.js";

/** Small, so that a handful of messages spans several batches. */
export const BATCH_SIZE = 3;

/** The chat data classes its datasets aim at: all but crowded titles (no search here). */
export const DATA_CLASSES = CHAT_DATA_CLASSES.filter((name) => name !== "title:crowded");

/** The messageMetadataV2 spec; faults override the functions they break. */
export function messageMetadataV2Spec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration({
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
    // metadata shapes and boundary sizes (the generator's coverage test shows
    // each class in most 20-sample windows) and keep the suite near 10 s.
    runs: 20,
    ...overrides,
  });
}
