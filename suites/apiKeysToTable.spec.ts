import { internal } from "../convex/_generated/api";
import { legacyDataset } from "../generators/index.js";
import { batchMigration, defineMigration, type MigrationSpecOptions } from "../harness/index.js";
import { apiKeysConserved } from "./apiKeysToTable.accounting.js";
import { decryptedView } from "./views.js";
import { apiKeysTarget } from "./settingsTargets.js";
import { apiKeysAppWrites, apiKeysReadPaths } from "./apiKeysToTable.traffic.js";
import { legacyFields } from "../convex/lib/legacyKeys";
import { apiKeysSecretFields, isAppCiphertext, unchangedSinceBefore } from "./secrets.js";

/** Batch size of the suite: small, so that a handful of documents spans several batches. */
export const BATCH_SIZE = 3;

/** The apiKeysToTable spec; faults override the functions they break. */
export function apiKeysToTableSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration({
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
    ...overrides,
  });
}
