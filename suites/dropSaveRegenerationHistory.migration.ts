/**
 * dropSaveRegenerationHistory: deprecation phase 4, the field leaves
 * userSettings and its values go to the ledger for rollback. Written with
 * @convex-dev/migrations and driven through the component, one batch per
 * transaction.
 */
import { componentMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { MIGRATION } from "../convex/lib/dropSaveRegenerationHistory/steps";
import { SETTINGS_DATA_CLASSES, settingsDataClasses, settingsDataset } from "./generators/index.js";
import { app } from "./app.js";
import { faultModules } from "./faults/modules.js";
import { dropSaveRegenerationHistoryFaults } from "./faults/settingsMigrations.js";
import { onlyFieldChanges, sameValue } from "./fieldAccounting.js";
import { settingsAppWrites, settingsReadPaths } from "./settings.traffic.js";
import { userSettingsTarget } from "./settingsTargets.js";

/** Small, so that a handful of documents spans several batches. */
const BATCH_SIZE = 3;

/** The app's one-batch runner for @convex-dev/migrations migrations. */
const runner = internal.migrations.component.runBatch;

/**
 * A removed value must be somewhere: either still in the document or in the
 * migration's ledger entry for it, from which rollback restores it.
 */
const keptInLedger = onlyFieldChanges("userSettings", "saveRegenerationHistory", (was, is, doc, after) => {
  if (sameValue(was, is)) return null;
  if (is !== undefined) return `saveRegenerationHistory changed from ${String(was)} to ${String(is)}`;
  const kept = (after.tables.migrationLedger ?? []).some(
    (entry) => entry.migration === MIGRATION && entry.docId === doc._id && sameValue((entry.before as { value?: unknown })?.value, was),
  );
  return kept ? null : `saveRegenerationHistory (${String(was)}) was removed without being kept in migrationLedger`;
});

export default defineMigration(app, {
  name: "dropSaveRegenerationHistory",
  table: "userSettings",
  forward: componentMigration(internal.migrations.dropSaveRegenerationHistory.forward, { runner }),
  rollback: componentMigration(internal.migrations.dropSaveRegenerationHistory.rollback, { runner }),
  dataset: settingsDataset({ batchSize: BATCH_SIZE }),
  // Contract phase: the field is gone from the schema.
  target: { userSettings: userSettingsTarget({ saveRegenerationHistory: undefined }) },
  touches: ["userSettings", "migrationLedger"],
  conserves: keptInLedger,
  progress: {
    query: internal.progress.dropSaveRegenerationHistory,
    isMigrated: (doc) => doc.saveRegenerationHistory === undefined,
  },
  readPaths: settingsReadPaths,
  appWrites: settingsAppWrites,
  batchSize: BATCH_SIZE,
  // Each run seeds a few documents and steps through the component: ~20 runs
  // per invariant cover the boundary sizes and keep `npm test` fast.
  runs: 20,
  faults: dropSaveRegenerationHistoryFaults,
  faultModules,
  // Its datasets are not drawn with defaults, so no value equals them.
  dataClasses: {
    classes: SETTINGS_DATA_CLASSES.filter((name) => name !== "imageGeneration:defaults"),
    classify: (dataset) => settingsDataClasses(dataset, { batchSize: BATCH_SIZE }),
  },
});
