/**
 * quarantineOrphans: threads without a user, messages without a thread and
 * attachments without a thread or with a dangling messageId move to
 * quarantine with their original document; rollback restores them and points
 * references at their new ids.
 */
import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { CHAT_DATA_CLASSES, chatDataClasses, chatDataset } from "./generators/index.js";
import { app } from "./app.js";
import { faultModules } from "./faults/modules.js";
import { quarantineOrphansFaults } from "./faults/quarantineOrphans.js";
import { quarantineJustified } from "./quarantineOrphans.accounting.js";
import { quarantineView } from "./quarantineOrphans.view.js";

/** Small, so that a handful of documents spans several batches and every table boundary. */
const BATCH_SIZE = 3;

export default defineMigration(app, {
  name: "quarantineOrphans",
  // No `table`: forward pages threads, messages and attachments, so n of the
  // termination bound counts every document.
  forward: batchMigration(internal.migrations.quarantineOrphans.forward),
  rollback: batchMigration(internal.migrations.quarantineOrphans.rollback),
  dataset: chatDataset({ batchSize: BATCH_SIZE, paged: "threads", orphanRate: 0.3 }),
  view: quarantineView,
  touches: ["threads", "messages", "attachments", "quarantine", "migrationLedger"],
  conserves: quarantineJustified,
  quarantine: "quarantine",
  // One batch per table can end short of batchSize (see the cursor protocol
  // in convex/lib/quarantineOrphans/cursor.ts): three tables, three more batches.
  slack: 2 + 3,
  batchSize: BATCH_SIZE,
  // Known: rollback rewrites every reference to a restored document in the
  // batch that restores it, so its reads grow with the document's children
  // (a thread of 16,000 messages cannot be restored in one mutation).
  limits: { childGrowth: false },
  // ~12 documents over four tables per run; 20 runs per invariant reach
  // orphans at each level and keep the suite near 10 s.
  runs: 20,
  faults: quarantineOrphansFaults,
  faultModules,
  // Every chat data class but crowded titles (no search here).
  dataClasses: {
    classes: CHAT_DATA_CLASSES.filter((name) => name !== "title:crowded"),
    classify: (dataset) => chatDataClasses(dataset, { batchSize: BATCH_SIZE, paged: "threads" }),
  },
});
