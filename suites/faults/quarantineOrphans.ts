import { faultBatches, type Fault } from "./modules.js";

const batch = faultBatches("quarantineOrphans");

/** Plausible bugs of quarantineOrphans, each with the invariant that must catch it. */
export const quarantineOrphansFaults: Fault[] = [
  { name: "rollbackKeepsOldIds", invariant: "referentialIntegrity", bug: "a rollback that re-creates documents but leaves references on their old ids", maxDocuments: 3, overrides: { rollback: batch("rollbackKeepsOldIds", "rollback") } },
  { name: "restoresOldestFirst", invariant: "roundTrip", bug: "a rollback that restores a thread before its quarantined messages", maxDocuments: 3, overrides: { rollback: batch("restoresOldestFirst", "rollback") } },
  { name: "quarantinesDanglingClones", invariant: "conserves", bug: "a thread with a user quarantined because it was cloned from a deleted thread", maxDocuments: 3, overrides: { forward: batch("quarantinesDanglingClones", "forward") } },
  { name: "stopsAfterThreads", invariant: "conserves", bug: "a cursor that reports done when threads are done, leaving orphan messages and attachments behind", maxDocuments: 3, overrides: { forward: batch("stopsAfterThreads", "forward") } },
  { name: "rollbackScansForMessages", invariant: "withinLimits", bug: "a rollback that finds a restored thread's messages with .filter() instead of an index", maxDocuments: 3, overrides: { rollback: batch("rollbackScansForMessages", "rollback") } },
  { name: "pagesChildrenFirst", invariant: "idempotent", bug: "tables paged children first, so the cascade needs a second run", maxDocuments: 3, overrides: { forward: batch("pagesChildrenFirst", "forward") } },
];
