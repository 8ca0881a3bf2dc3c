import { isMetadataObject, isV2, MIGRATION, VERSION } from "../convex/lib/messageMetadataV2/metadata";
import type { ConservationProblem, Snapshot, Direction } from "convex-migration-harness";
import { onlyFieldChanges, sameValue } from "./fieldAccounting.js";

const STAMPED = new Set(["version", "processedAt"]);

/** `metadata` without the two fields forward writes. */
function otherFields(metadata: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(metadata).filter(([field]) => !STAMPED.has(field)));
}

/**
 * What messageMetadataV2 may do to a message, after forward and after
 * rollback: nothing but metadata changes; metadata that is not an object, or
 * already v2, stays exactly as it was; any other metadata either is as it was
 * (never after forward) or has been stamped (version "2.0", processedAt = the
 * message's creation time, every other field kept) with its previous value
 * kept in the ledger.
 */
const metadataRule = onlyFieldChanges("messages", "metadata", (was, is, doc, after, stage) => {
  if (sameValue(was, is)) {
    // What forward is for: without this, a forward that stamps nothing would pass.
    const stampable = was === undefined || (isMetadataObject(was) && !isV2(was));
    return stage === "forward" && stampable ? "forward left this message's metadata unstamped" : null;
  }
  if (was !== undefined && !isMetadataObject(was)) return `metadata ${JSON.stringify(was)} is not an object and must be left in place, but became ${JSON.stringify(is)}`;
  if (isV2(was)) return "metadata was already v2 and must be left as it was";
  if (!isMetadataObject(is)) return `metadata became ${JSON.stringify(is)}`;
  if (is.version !== VERSION || is.processedAt !== doc._creationTime) {
    return `metadata changed without being stamped (version ${JSON.stringify(is.version)}, processedAt ${JSON.stringify(is.processedAt)})`;
  }
  if (!sameValue(otherFields(is), otherFields(was === undefined ? {} : (was as Record<string, unknown>)))) {
    return "stamping changed fields other than version and processedAt";
  }
  const kept = (after.tables.migrationLedger ?? []).some(
    (entry) => entry.migration === MIGRATION && entry.docId === doc._id && sameValue(entry.before, was === undefined ? { had: false } : { had: true, metadata: was }),
  );
  return kept ? null : "the previous metadata was not kept in migrationLedger, so rollback cannot restore it";
});

/** migrationIssues name only messages whose metadata is not an object, once each. */
function issuesRule(_before: Snapshot, after: Snapshot): ConservationProblem[] {
  const problems: ConservationProblem[] = [];
  const messages = new Map((after.tables.messages ?? []).map((doc) => [doc._id, doc]));
  const seen = new Set<string>();
  for (const issue of (after.tables.migrationIssues ?? []).filter((i) => i.migration === MIGRATION)) {
    const docId = String(issue.docId);
    const message = messages.get(docId);
    if (seen.has(docId)) problems.push({ table: "migrationIssues", message: `message ${docId} is recorded more than once` });
    seen.add(docId);
    if (!message) problems.push({ table: "migrationIssues", message: `an issue names ${docId}, which is not a message` });
    else if (message.metadata === undefined || isMetadataObject(message.metadata)) {
      problems.push({ table: "migrationIssues", message: `message ${docId} is recorded, but its metadata is an object (or absent) that forward can stamp` });
    }
  }
  return problems;
}

export function metadataConserved(before: Snapshot, after: Snapshot, stage: Direction): ConservationProblem[] {
  return [...metadataRule(before, after, stage), ...issuesRule(before, after)];
}
