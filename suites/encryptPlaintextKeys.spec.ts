import { internal } from "../convex/_generated/api";
import { providers } from "../convex/schema";
import { apiKeysDataset } from "../generators/index.js";
import { batchMigration, defineMigration, type MigrationSpecOptions, type SnapshotDocument } from "../harness/index.js";
import { apiKeysReadPaths } from "./apiKeysToTable.traffic.js";
import { keysUnchanged } from "./encryptPlaintextKeys.accounting.js";
import { apiKeysSecretFields, isAppCiphertext, recordedAsIssue } from "./secrets.js";
import { nestedDecryptedView } from "./views.js";
import { isWellFormed } from "../convex/lib/wellFormed";
import { apiKeysTarget } from "./settingsTargets.js";

/** Small, so that a handful of rows spans several batches. */
export const BATCH_SIZE = 3;

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

/** The encryptPlaintextKeys spec; faults override the functions they break. */
export function encryptPlaintextKeysSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration({
    name: "encryptPlaintextKeys",
    table: "apiKeys",
    forward: batchMigration(internal.migrations.encryptPlaintextKeys.forward),
    rollback: batchMigration(internal.migrations.encryptPlaintextKeys.rollback),
    dataset: apiKeysDataset({ batchSize: BATCH_SIZE }),
    // Fresh IVs make every run's ciphertext differ: compare what it decrypts to.
    view: nestedDecryptedView,
    target: { apiKeys: apiKeysTarget },
    touches: ["apiKeys", "migrationLedger", "migrationIssues"],
    conserves: keysUnchanged,
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
    ...overrides,
  });
}
