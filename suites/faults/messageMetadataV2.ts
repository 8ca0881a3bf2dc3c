import { faultBatches, type Fault } from "./modules.js";

const batch = faultBatches("messageMetadataV2");

/** Plausible bugs of messageMetadataV2 (several straight from the guide), each with the invariant that must catch it. */
export const messageMetadataV2Faults: Fault[] = [
  { name: "rollbackLeavesEmptyObject", invariant: "roundTrip", bug: "a rollback that turns absent metadata into {}", maxDocuments: 3, overrides: { rollback: batch("rollbackLeavesEmptyObject", "rollback") } },
  { name: "stampsAgain", invariant: "idempotent", bug: "a forward pass without the already-v2 check, which re-records its own output", maxDocuments: 3, overrides: { forward: batch("stampsAgain", "forward") } },
  { name: "stampsBatchTime", invariant: "batchIndependent", bug: "processedAt taken once per batch, like the guide's Date.now()", maxDocuments: 4, overrides: { forward: batch("stampsBatchTime", "forward") } },
  { name: "skipsMissingMetadata", invariant: "conserves", bug: "the guide's `if (!message.metadata) continue`, which never stamps messages without metadata", maxDocuments: 3, overrides: { forward: batch("skipsMissingMetadata", "forward") } },
  { name: "spreadsStrings", invariant: "conserves", bug: "the guide's spread of non-object metadata, which loses it", maxDocuments: 3, overrides: { forward: batch("spreadsStrings", "forward") } },
  { name: "stampsTranscript", invariant: "targetValid", bug: "each message stamped with its thread's conversation so far, which a long message pushes past 1 MiB", maxDocuments: 3, overrides: { forward: batch("stampsTranscript", "forward") } },
  { name: "stampsPosition", invariant: "withinLimits", bug: "each message's position counted by reading every message of its thread, reads that grow with the thread", maxDocuments: 3, overrides: { forward: batch("stampsPosition", "forward") } },
];
