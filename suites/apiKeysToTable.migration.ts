/**
 * apiKeysToTable: legacy userSettings keys (an encrypted or plain JSON blob,
 * openaiKey, anthropicKey) move into one apiKeys row per user, each provider
 * encrypted on its own. Every invariant, the faults it must catch, and the
 * legacy data classes its datasets must reach.
 */
import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { legacyFields } from "../convex/lib/legacyKeys";
import { LEGACY_DATA_CLASSES, legacyDataClasses, legacyDataset } from "./generators/index.js";
import { apiKeysConserved } from "./apiKeysToTable.accounting.js";
import { apiKeysAppWrites, apiKeysReadPaths } from "./apiKeysToTable.traffic.js";
import { app } from "./app.js";
import { apiKeysToTableFaults } from "./faults/apiKeysToTable.js";
import { faultModules } from "./faults/modules.js";
import { apiKeysSecretFields, isAppCiphertext, unchangedSinceBefore } from "./secrets.js";
import { apiKeysTarget } from "./settingsTargets.js";
import { decryptedView } from "./views.js";

/** Small, so that a handful of documents spans several batches. */
const BATCH_SIZE = 3;

export default defineMigration(app, {
  name: "apiKeysToTable",
  table: "userSettings",
  forward: batchMigration(internal.migrations.apiKeysToTable.forward),
  rollback: batchMigration(internal.migrations.apiKeysToTable.rollback),
  dataset: legacyDataset({ batchSize: BATCH_SIZE }),
  view: decryptedView,
  target: { apiKeys: apiKeysTarget },
  touches: ["userSettings", "apiKeys", "migrationLedger", "migrationIssues"],
  conserves: apiKeysConserved,
  // Values apiKeysToTable writes are encrypted; a pre-existing row's
  // plaintext it leaves as it was (encryptPlaintextKeys' job).
  secrets: { fields: apiKeysSecretFields, isCiphertext: isAppCiphertext, allowPlaintext: unchangedSinceBefore },
  progress: {
    query: internal.progress.apiKeysToTable,
    isMigrated: (doc) => legacyFields.every((field) => doc[field] === undefined),
  },
  readPaths: apiKeysReadPaths,
  appWrites: apiKeysAppWrites,
  batchSize: BATCH_SIZE,
  faults: apiKeysToTableFaults,
  faultModules,
  dataClasses: { classes: LEGACY_DATA_CLASSES, classify: (dataset) => legacyDataClasses(dataset, { batchSize: BATCH_SIZE }) },
});
