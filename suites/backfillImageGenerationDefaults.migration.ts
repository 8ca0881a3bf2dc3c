/**
 * backfillImageGenerationDefaults: an optional field gets its defaults where
 * it is absent; invalid legacy values are recorded in migrationIssues and left
 * in place. Written with @convex-dev/migrations and driven through the component.
 */
import { componentMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { imageGeneration } from "../convex/schema";
import { IMAGE_GENERATION_DEFAULTS, MIGRATION } from "../convex/lib/backfillImageGenerationDefaults/steps";
import { imageGenerationClass, SETTINGS_DATA_CLASSES, settingsDataClasses, settingsDataset } from "./generators/index.js";
import { app } from "./app.js";
import { faultModules } from "./faults/modules.js";
import { backfillImageGenerationDefaultsFaults } from "./faults/settingsMigrations.js";
import { onlyFieldChanges, sameValue } from "./fieldAccounting.js";
import { issuesExactlyFor } from "./migrationIssues.js";
import { settingsAppWrites, settingsReadPaths } from "./settings.traffic.js";
import { userSettingsTarget } from "./settingsTargets.js";

/** Small, so that a handful of documents spans several batches. */
const BATCH_SIZE = 3;

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

/** Valid values, by the generator's own classes (not the migration's validation): everything else is recorded. */
const VALID = new Set(["imageGeneration:absent", "imageGeneration:valid", "imageGeneration:defaults"]);
const invalidRecorded = issuesExactlyFor({
  migration: MIGRATION,
  table: "userSettings",
  issuesOf: (doc) => (VALID.has(imageGenerationClass(doc.imageGeneration, IMAGE_GENERATION_DEFAULTS)) ? 0 : 1),
});

export default defineMigration(app, {
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
  conserves: (before, after, stage) => [...backfillAccounted(before, after, stage), ...invalidRecorded(before, after, stage)],
  progress: {
    query: internal.progress.backfillImageGenerationDefaults,
    isMigrated: (doc) => doc.imageGeneration !== undefined,
  },
  readPaths: settingsReadPaths,
  appWrites: settingsAppWrites,
  batchSize: BATCH_SIZE,
  // Component batches are cheap; 20 runs per invariant cover the data classes.
  runs: 20,
  faults: backfillImageGenerationDefaultsFaults,
  faultModules,
  dataClasses: {
    classes: SETTINGS_DATA_CLASSES,
    classify: (dataset) => settingsDataClasses(dataset, { batchSize: BATCH_SIZE, defaults: IMAGE_GENERATION_DEFAULTS }),
  },
});
