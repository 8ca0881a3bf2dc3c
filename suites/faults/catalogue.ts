import { withExtraModules, type InvariantName } from "../../harness/index.js";
import { app } from "../app.js";

/**
 * One broken variant of a migration per entry, each a real, plausible bug,
 * and the invariant that must catch it. The broken functions live here, not
 * in convex/, so they can never ship; the app sees them as extra modules.
 */
/**
 * What a fault module replaces: a direction, the progress query (progressTruthful), the new query of `queries` (queryEquivalent),
 * or every read path (readPathStable: the module exports a query named after each read path, see faultQuery).
 */
export type FaultTarget = "forward" | "rollback" | "progress" | "newQuery" | "readPaths";

export interface Fault {
  /** Module in suites/faults/<migration>/ that holds the broken functions. */
  module: string;
  migration: string;
  invariant: InvariantName;
  /** Which direction(s) the module replaces, or the spec's progress query. */
  replaces: Array<FaultTarget>;
  /** The bug, in one sentence, for the test name. */
  bug: string;
  /** Largest shrunk counterexample accepted (documents); shrinking must get it small. */
  maxDocuments: number;
  /**
   * Batch size for this fault's check, when the suite's is too large for a
   * small counterexample (a bug that needs three batches to show).
   */
  batchSize?: number;
}

export const faults: Fault[] = [
  { module: "apiKeysToTable/rollbackDeletesEveryRow", migration: "apiKeysToTable", invariant: "roundTrip", replaces: ["rollback"], bug: "a rollback that deletes apiKeys rows it did not create", maxDocuments: 3 },
  { module: "apiKeysToTable/reencryptsRow", migration: "apiKeysToTable", invariant: "idempotent", replaces: ["forward"], bug: "a forward pass that re-encrypts values that are already encrypted", maxDocuments: 3 },
  { module: "apiKeysToTable/skipsFirstOfPage", migration: "apiKeysToTable", invariant: "batchIndependent", replaces: ["forward"], bug: "a page's first document skipped after the first batch", maxDocuments: 3 },
  { module: "apiKeysToTable/countsProgressTwice", migration: "apiKeysToTable", invariant: "resumable", replaces: ["forward", "rollback"], bug: "progress counted twice when a batch is retried after a crash", maxDocuments: 6, batchSize: 2 },
  { module: "apiKeysToTable/retriesPageWithIssues", migration: "apiKeysToTable", invariant: "terminates", replaces: ["forward"], bug: "a page with an unparseable blob retried forever", maxDocuments: 3 },
  { module: "apiKeysToTable/stampsPreferences", migration: "apiKeysToTable", invariant: "targetValid", replaces: ["forward"], bug: "a number written into a v.record of strings, which convex-test accepts", maxDocuments: 3 },
  { module: "apiKeysToTable/dropsAnthropic", migration: "apiKeysToTable", invariant: "conserves", replaces: ["forward"], bug: "the anthropic key cleared but never copied", maxDocuments: 3 },
  { module: "apiKeysToTable/collectsSettingsForProgress", migration: "apiKeysToTable", invariant: "withinLimits", replaces: ["forward"], bug: "a batch that .collect()s the whole table to see what is left", maxDocuments: 2 },
  { module: "apiKeysToTable/scansForRow", migration: "apiKeysToTable", invariant: "withinLimits", replaces: ["forward"], bug: "a row looked up with .filter() instead of an index (counted only with the memory backend's correction)", maxDocuments: 5 },
  { module: "apiKeysToTable/readsOnlyNewTable", migration: "apiKeysToTable", invariant: "readPathStable", replaces: ["readPaths"], bug: "a read path that only looks at the new table mid-rollout", maxDocuments: 2 },
  { module: "apiKeysToTable/rollbackRevertsNewerKey", migration: "apiKeysToTable", invariant: "concurrentWrites", replaces: ["rollback"], bug: "a rollback that overwrites a key saved during the migration with the legacy one", maxDocuments: 2 },
  { module: "apiKeysToTable/skipsUsersWithRow", migration: "apiKeysToTable", invariant: "conserves", replaces: ["forward"], bug: "a user with an apiKeys row taken for already migrated, so keys for providers the row lacks stay behind", maxDocuments: 3 },
  { module: "apiKeysToTable/copiesThenSwaps", migration: "apiKeysToTable", invariant: "concurrentWrites", replaces: ["forward"], bug: "a two-phase migration that copies in one batch and swaps in the next, losing writes made in between", maxDocuments: 2 },
  { module: "encryptPlaintextKeys/trustsLooksEncrypted", migration: "encryptPlaintextKeys", invariant: "noPlaintextSecrets", replaces: ["forward"], bug: "base64-looking plaintext skipped because it looks encrypted", maxDocuments: 2 },
  { module: "encryptPlaintextKeys/rollbackDecryptsEverything", migration: "encryptPlaintextKeys", invariant: "roundTrip", replaces: ["rollback"], bug: "a rollback that decrypts keys that were encrypted before the migration", maxDocuments: 2 },
  { module: "dropSaveRegenerationHistory/keepsOnlyTrue", migration: "dropSaveRegenerationHistory", invariant: "roundTrip", replaces: ["forward"], bug: "a false value dropped without a ledger entry (a truthiness check)", maxDocuments: 2 },
  { module: "dropSaveRegenerationHistory/progressCountsFalse", migration: "dropSaveRegenerationHistory", invariant: "progressTruthful", replaces: ["progress"], bug: "progress that counts a document holding false as migrated", maxDocuments: 2 },
  { module: "dropSaveRegenerationHistory/skipsFalse", migration: "dropSaveRegenerationHistory", invariant: "targetValid", replaces: ["forward"], bug: "a truthiness check that leaves a user's false in place, unrecorded, where the contract schema has no such field", maxDocuments: 2 },
  { module: "backfillImageGenerationDefaults/rollbackRemovesDefaults", migration: "backfillImageGenerationDefaults", invariant: "roundTrip", replaces: ["rollback"], bug: "a rollback that removes a user's own settings equal to the defaults", maxDocuments: 2 },
  { module: "backfillImageGenerationDefaults/overwritesInvalid", migration: "backfillImageGenerationDefaults", invariant: "conserves", replaces: ["forward"], bug: "invalid legacy settings overwritten with the defaults instead of recorded", maxDocuments: 2 },
  { module: "backfillImageGenerationDefaults/skipsInvalidSilently", migration: "backfillImageGenerationDefaults", invariant: "targetValid", replaces: ["forward"], bug: "invalid legacy values left in place without a record, which the strict target refuses to exempt", maxDocuments: 2 },
  { module: "backfillImageGenerationDefaults/progressNaNOnEmpty", migration: "backfillImageGenerationDefaults", invariant: "progressTruthful", replaces: ["progress"], bug: "a percent of NaN on an empty table", maxDocuments: 0 },
  { module: "messageMetadataV2/rollbackLeavesEmptyObject", migration: "messageMetadataV2", invariant: "roundTrip", replaces: ["rollback"], bug: "a rollback that turns absent metadata into {}", maxDocuments: 3 },
  { module: "messageMetadataV2/stampsAgain", migration: "messageMetadataV2", invariant: "idempotent", replaces: ["forward"], bug: "a forward pass without the already-v2 check, which re-records its own output", maxDocuments: 3 },
  { module: "messageMetadataV2/stampsBatchTime", migration: "messageMetadataV2", invariant: "batchIndependent", replaces: ["forward"], bug: "processedAt taken once per batch, like the guide's Date.now()", maxDocuments: 4 },
  { module: "messageMetadataV2/skipsMissingMetadata", migration: "messageMetadataV2", invariant: "conserves", replaces: ["forward"], bug: "the guide's `if (!message.metadata) continue`, which never stamps messages without metadata", maxDocuments: 3 },
  { module: "messageMetadataV2/spreadsStrings", migration: "messageMetadataV2", invariant: "conserves", replaces: ["forward"], bug: "the guide's spread of non-object metadata, which loses it", maxDocuments: 3 },
  { module: "messageMetadataV2/stampsTranscript", migration: "messageMetadataV2", invariant: "targetValid", replaces: ["forward"], bug: "each message stamped with its thread's conversation so far, which a long message pushes past 1 MiB", maxDocuments: 3 },
  { module: "messageMetadataV2/stampsPosition", migration: "messageMetadataV2", invariant: "withinLimits", replaces: ["forward"], bug: "each message's position counted by reading every message of its thread, reads that grow with the thread", maxDocuments: 3 },
  { module: "quarantineOrphans/rollbackKeepsOldIds", migration: "quarantineOrphans", invariant: "referentialIntegrity", replaces: ["rollback"], bug: "a rollback that re-creates documents but leaves references on their old ids", maxDocuments: 3 },
  { module: "quarantineOrphans/restoresOldestFirst", migration: "quarantineOrphans", invariant: "roundTrip", replaces: ["rollback"], bug: "a rollback that restores a thread before its quarantined messages", maxDocuments: 3 },
  { module: "quarantineOrphans/quarantinesDanglingClones", migration: "quarantineOrphans", invariant: "conserves", replaces: ["forward"], bug: "a thread with a user quarantined because it was cloned from a deleted thread", maxDocuments: 3 },
  { module: "quarantineOrphans/stopsAfterThreads", migration: "quarantineOrphans", invariant: "conserves", replaces: ["forward"], bug: "a cursor that reports done when threads are done, leaving orphan messages and attachments behind", maxDocuments: 3 },
  { module: "quarantineOrphans/rollbackScansForMessages", migration: "quarantineOrphans", invariant: "withinLimits", replaces: ["rollback"], bug: "a rollback that finds a restored thread's messages with .filter() instead of an index", maxDocuments: 3 },
  { module: "quarantineOrphans/pagesChildrenFirst", migration: "quarantineOrphans", invariant: "idempotent", replaces: ["forward"], bug: "tables paged children first, so the cascade needs a second run", maxDocuments: 3 },
  { module: "threadSearch/takesTwentyThenFilters", migration: "threadSearch", invariant: "queryEquivalent", replaces: ["newQuery"], bug: "the guide's search, which takes 20 results of all users before filtering by user", maxDocuments: 23 },
  { module: "threadSearch/trimsBlankQuery", migration: "threadSearch", invariant: "queryEquivalent", replaces: ["newQuery"], bug: "the guide's blank-query branch, which lists every thread for a query of spaces", maxDocuments: 2 },
];

const modules = import.meta.glob("./*/*.ts");

/** The app plus every fault module, callable as "faults/<module>:<function>". */
export const faultApp = withExtraModules(
  app,
  Object.fromEntries(Object.entries(modules).map(([path, load]) => [`faults/${path.slice(2, -3)}`, load])),
);

export function faultFunction(fault: Fault, direction: FaultTarget): string {
  return `faults/${fault.module}:${direction}`;
}

/** The fault module's replacement for the read path named `readPath` (target "readPaths"). */
export function faultQuery(fault: Fault, readPath: string): string {
  return `faults/${fault.module}:${readPath}`;
}

export function faultName(fault: Fault): string {
  return `${fault.migration}_${fault.module.split("/")[1]}`;
}
