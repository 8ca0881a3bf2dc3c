import { legacyDataset } from "../generators/index.js";
import { faultBatches, faultFunction, type Fault } from "./modules.js";

const batch = faultBatches("apiKeysToTable");

/** Plausible bugs of apiKeysToTable, each with the invariant that must catch it. */
export const apiKeysToTableFaults: Fault[] = [
  { name: "rollbackDeletesEveryRow", invariant: "roundTrip", bug: "a rollback that deletes apiKeys rows it did not create", maxDocuments: 3, overrides: { rollback: batch("rollbackDeletesEveryRow", "rollback") } },
  { name: "reencryptsRow", invariant: "idempotent", bug: "a forward pass that re-encrypts values that are already encrypted", maxDocuments: 3, overrides: { forward: batch("reencryptsRow", "forward") } },
  { name: "skipsFirstOfPage", invariant: "batchIndependent", bug: "a page's first document skipped after the first batch", maxDocuments: 3, overrides: { forward: batch("skipsFirstOfPage", "forward") } },
  {
    name: "countsProgressTwice",
    invariant: "resumable",
    bug: "progress counted twice when a batch is retried after a crash",
    // The bug needs three batches: checked at batch size 2, where they are fewest documents.
    maxDocuments: 6,
    overrides: { forward: batch("countsProgressTwice", "forward"), rollback: batch("countsProgressTwice", "rollback"), batchSize: 2, dataset: legacyDataset({ batchSize: 2 }) },
  },
  { name: "retriesPageWithIssues", invariant: "terminates", bug: "a page with an unparseable blob retried forever", maxDocuments: 3, overrides: { forward: batch("retriesPageWithIssues", "forward") } },
  { name: "stampsPreferences", invariant: "targetValid", bug: "a number written into a v.record of strings, which convex-test accepts", maxDocuments: 3, overrides: { forward: batch("stampsPreferences", "forward") } },
  { name: "dropsAnthropic", invariant: "conserves", bug: "the anthropic key cleared but never copied", maxDocuments: 3, overrides: { forward: batch("dropsAnthropic", "forward") } },
  { name: "collectsSettingsForProgress", invariant: "withinLimits", bug: "a batch that .collect()s the whole table to see what is left", maxDocuments: 2, overrides: { forward: batch("collectsSettingsForProgress", "forward") } },
  { name: "scansForRow", invariant: "withinLimits", bug: "a row looked up with .filter() instead of an index (counted only with the memory backend's correction)", maxDocuments: 5, overrides: { forward: batch("scansForRow", "forward") } },
  {
    name: "readsOnlyNewTable",
    invariant: "readPathStable",
    bug: "a read path that only looks at the new table mid-rollout",
    maxDocuments: 2,
    overrides: (base) => ({ readPaths: base.readPaths!.map((path) => ({ ...path, query: faultFunction("apiKeysToTable/readsOnlyNewTable", path.name!) })) }),
  },
  { name: "rollbackRevertsNewerKey", invariant: "concurrentWrites", bug: "a rollback that overwrites a key saved during the migration with the legacy one", maxDocuments: 2, overrides: { rollback: batch("rollbackRevertsNewerKey", "rollback") } },
  { name: "skipsUsersWithRow", invariant: "conserves", bug: "a user with an apiKeys row taken for already migrated, so keys for providers the row lacks stay behind", maxDocuments: 3, overrides: { forward: batch("skipsUsersWithRow", "forward") } },
  { name: "copiesThenSwaps", invariant: "concurrentWrites", bug: "a two-phase migration that copies in one batch and swaps in the next, losing writes made in between", maxDocuments: 2, overrides: { forward: batch("copiesThenSwaps", "forward") } },
];
