import { internal } from "../convex/_generated/api";
import { imageGeneration } from "../convex/schema";
import { IMAGE_GENERATION_DEFAULTS, MIGRATION } from "../convex/lib/backfillImageGenerationDefaults/steps";
import { settingsDataset } from "../generators/index.js";
import { componentMigration, defineMigration, type MigrationSpecOptions } from "../harness/index.js";
import { onlyFieldChanges, sameValue } from "./fieldAccounting.js";
import { settingsAppWrites, settingsReadPaths } from "./settings.traffic.js";
import { userSettingsTarget } from "./settingsTargets.js";

/** Small, so that a handful of documents spans several batches. */
export const BATCH_SIZE = 3;

const runner = internal.migrations.component.runBatch;

/**
 * A value that was there (valid or not) is the user's and stays exactly as
 * it was; where there was none, the backfill may write the defaults, and
 * then says so in its ledger (or rollback could not tell them from a user's).
 */
const backfillAccounted = onlyFieldChanges("userSettings", "imageGeneration", (was, is, doc, after) => {
  if (sameValue(was, is)) return null;
  if (was !== undefined) return `imageGeneration was ${JSON.stringify(was)} and became ${JSON.stringify(is)}: a user's value was overwritten`;
  if (!sameValue(is, IMAGE_GENERATION_DEFAULTS)) return `imageGeneration was absent and became ${JSON.stringify(is)}, not the defaults`;
  const recorded = (after.tables.migrationLedger ?? []).some((e) => e.migration === MIGRATION && e.docId === doc._id);
  return recorded ? null : "the defaults were written without a ledger entry";
});

/** The backfillImageGenerationDefaults spec; faults override the functions they break. */
export function backfillImageGenerationDefaultsSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration({
    name: "backfillImageGenerationDefaults",
    table: "userSettings",
    forward: componentMigration(internal.migrations.backfillImageGenerationDefaults.forward, { runner }),
    rollback: componentMigration(internal.migrations.backfillImageGenerationDefaults.rollback, { runner }),
    // Users' own values equal to the defaults are what only the ledger tells apart.
    dataset: settingsDataset({ batchSize: BATCH_SIZE, defaults: IMAGE_GENERATION_DEFAULTS }),
    // Contract phase: every document has a valid imageGeneration, except the
    // invalid legacy values forward leaves in place and records in migrationIssues.
    target: { userSettings: userSettingsTarget({ imageGeneration }) },
    targetExempt: { issues: "migrationIssues" },
    touches: ["userSettings", "migrationLedger", "migrationIssues"],
    conserves: backfillAccounted,
    progress: {
      query: internal.progress.backfillImageGenerationDefaults,
      isMigrated: (doc) => doc.imageGeneration !== undefined,
    },
    readPaths: settingsReadPaths,
    appWrites: settingsAppWrites,
    batchSize: BATCH_SIZE,
    // Component batches are cheap; 20 runs per invariant cover the data classes.
    runs: 20,
    ...overrides,
  });
}
