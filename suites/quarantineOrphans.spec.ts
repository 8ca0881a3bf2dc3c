import { internal } from "../convex/_generated/api";
import { CHAT_DATA_CLASSES, chatDataset } from "../generators/index.js";
import { batchMigration, defineMigration, type MigrationSpecOptions } from "../harness/index.js";
import { quarantineJustified } from "./quarantineOrphans.accounting.js";
import { quarantineView } from "./quarantineOrphans.view.js";

/** Small, so that a handful of documents spans several batches and every table boundary. */
export const BATCH_SIZE = 3;

/** The chat data classes its datasets aim at: all but crowded titles (no search here). */
export const DATA_CLASSES = CHAT_DATA_CLASSES.filter((name) => name !== "title:crowded");

/** The quarantineOrphans spec; faults override the functions they break. */
export function quarantineOrphansSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration({
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
    ...overrides,
  });
}
