/**
 * encryptPlaintextKeys: plaintext provider values in apiKeys are encrypted,
 * encrypted ones left alone; rollback decrypts only what forward encrypted.
 * Batch protocol.
 */
import { batchMigration, defineMigration, type SnapshotDocument } from "convex-migration-harness";
import { internal } from "../convex/_generated/api";
import { isWellFormed } from "../convex/lib/wellFormed";
import { providers } from "../convex/schema";
import { API_KEYS_DATA_CLASSES, apiKeysDataClasses, apiKeysDataset } from "./generators/index.js";
import { apiKeysReadPaths } from "./apiKeysToTable.traffic.js";
import { app } from "./app.js";
import { keysUnchanged } from "./encryptPlaintextKeys.accounting.js";
import { encryptPlaintextKeysFaults } from "./faults/encryptPlaintextKeys.js";
import { faultModules } from "./faults/modules.js";
import { issuesExactlyFor } from "./migrationIssues.js";
import { apiKeysSecretFields, isAppCiphertext, recordedAsIssue } from "./secrets.js";
import { apiKeysTarget } from "./settingsTargets.js";
import { nestedDecryptedView } from "./views.js";

/** Small, so that a handful of rows spans several batches. */
const BATCH_SIZE = 3;

/** Values encryption would alter (a lone surrogate does not survive UTF-8): each left in place and recorded. */
const unencryptable = (row: SnapshotDocument) => providers.filter((p) => typeof row[p] === "string" && row[p] !== "" && !isWellFormed(row[p] as string)).length;

/**
 * The real count behind progress: a row is migrated when no value is left
 * that forward would encrypt (values encryption would alter stay plaintext
 * by design, and count as done).
 */
async function noPlaintextLeft(row: SnapshotDocument): Promise<boolean> {
  for (const provider of providers) {
    const value = row[provider];
    if (value === undefined || value === "" || !isWellFormed(String(value))) continue;
    if (!(await isAppCiphertext(value))) return false;
  }
  return true;
}

const issues = issuesExactlyFor({ migration: "encryptPlaintextKeys", table: "apiKeys", issuesOf: unencryptable });

export default defineMigration(app, {
  name: "encryptPlaintextKeys",
  table: "apiKeys",
  forward: batchMigration(internal.migrations.encryptPlaintextKeys.forward),
  rollback: batchMigration(internal.migrations.encryptPlaintextKeys.rollback),
  dataset: apiKeysDataset({ batchSize: BATCH_SIZE }),
  // Fresh IVs make every run's ciphertext differ: compare what it decrypts to.
  view: nestedDecryptedView,
  target: { apiKeys: apiKeysTarget },
  touches: ["apiKeys", "migrationLedger", "migrationIssues"],
  conserves: (before, after, stage) => [...keysUnchanged(before, after), ...issues(before, after, stage)],
  secrets: { fields: apiKeysSecretFields, isCiphertext: isAppCiphertext, allowPlaintext: recordedAsIssue("encryptPlaintextKeys") },
  progress: { query: internal.progress.encryptPlaintextKeys, isMigrated: noPlaintextLeft },
  // The dual-read path serves the same keys at every batch. (No appWrites:
  // concurrentWrites compares reads with a second, separately seeded
  // backend, where foreign-key ciphertext got other random IVs, and
  // getApiKeys returns such values as they are.)
  readPaths: apiKeysReadPaths,
  batchSize: BATCH_SIZE,
  // AES-GCM per value makes a run ~3x a settings run: 15 runs per invariant
  // still see every value class (each is in >= 5% of rows) and keep npm test fast.
  runs: 15,
  faults: encryptPlaintextKeysFaults,
  faultModules,
  dataClasses: { classes: API_KEYS_DATA_CLASSES, classify: (dataset) => apiKeysDataClasses(dataset, { batchSize: BATCH_SIZE }) },
});
