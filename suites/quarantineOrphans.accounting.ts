import type { ConservationProblem, Snapshot, SnapshotDocument, Direction } from "convex-migration-harness";
import { stableStringify } from "./stableStringify.js";

/**
 * The references whose target must exist for a document not to be an orphan
 * (clonedFrom and forkedFrom are history: a thread cloned from a deleted one
 * is still a thread).
 */
export const REQUIRED_REFERENCES: Record<string, readonly string[]> = {
  threads: ["userId"],
  messages: ["threadId"],
  attachments: ["threadId", "messageId"],
};
const TABLES = Object.keys(REQUIRED_REFERENCES);
const ALL_REFERENCES = new Set(["userId", "threadId", "messageId", "clonedFrom", "forkedFrom"]);

/** A document's fields without system fields and references: what identifies it across a re-creation. */
function ownContent(table: string, doc: Record<string, unknown>): string {
  return `${table}:${stableStringify(Object.fromEntries(Object.entries(doc).filter(([f]) => !f.startsWith("_") && !ALL_REFERENCES.has(f))))}`;
}

/** Ids of D's documents that are orphans, or reference one that is in quarantine now (the cascade). */
function justified(table: string, doc: SnapshotDocument, liveBefore: Set<string>, quarantinedNow: Set<string>): boolean {
  return REQUIRED_REFERENCES[table].some((field) => {
    const target = doc[field];
    return typeof target === "string" && (!liveBefore.has(target) || quarantinedNow.has(target));
  });
}

/**
 * What quarantineOrphans may do, after forward and after rollback: a thread,
 * message or attachment of D is still in its table under its id (its own
 * fields unchanged), or in quarantine with its original document, for a
 * reason (it was an orphan, or references a document that is in quarantine),
 * or re-created by rollback with the same fields. Nothing else is
 * quarantined, and nothing is invented. After forward, no orphan is left.
 */
export function quarantineJustified(before: Snapshot, after: Snapshot, stage: Direction): ConservationProblem[] {
  const problems: ConservationProblem[] = [];
  const liveBefore = new Set(Object.values(before.tables).flatMap((docs) => docs.map((d) => d._id)));
  const rows = new Map((after.tables.quarantine ?? []).map((row) => [String(row.originalId), row]));
  const quarantinedNow = new Set(rows.keys());
  const beforeIds = new Set<string>();
  for (const table of TABLES) {
    const now = new Map((after.tables[table] ?? []).map((doc) => [doc._id, doc]));
    const recreated = new Map<string, number>();
    for (const doc of after.tables[table] ?? []) {
      if (liveBefore.has(doc._id)) continue;
      const key = ownContent(table, doc);
      recreated.set(key, (recreated.get(key) ?? 0) + 1);
    }
    for (const doc of before.tables[table] ?? []) {
      beforeIds.add(doc._id);
      const later = now.get(doc._id);
      if (later) {
        if (ownContent(table, later) !== ownContent(table, doc)) problems.push({ table, message: `${doc._id} changed fields other than references` });
        continue;
      }
      const row = rows.get(doc._id);
      if (row) {
        const { _id, _creationTime, ...original } = doc;
        const { _id: qid, _creationTime: qtime, ...kept } = row.document as SnapshotDocument;
        if (row.table !== table || stableStringify(kept) !== stableStringify(original)) {
          problems.push({ table, message: `${doc._id} is in quarantine, but not with its original document` });
        }
        if (!justified(table, doc, liveBefore, quarantinedNow)) {
          problems.push({ table, message: `${doc._id} was quarantined, but it was no orphan: every ${REQUIRED_REFERENCES[table].join(" and ")} it has resolved` });
        }
        continue;
      }
      const key = ownContent(table, doc);
      if ((recreated.get(key) ?? 0) > 0) recreated.set(key, recreated.get(key)! - 1);
      else problems.push({ table, message: `${doc._id} left ${table} without going to quarantine` });
    }
    for (const [key, n] of recreated) if (n > 0) problems.push({ table, message: `${n} document(s) appeared that D did not have: ${key.slice(0, 80)}` });
  }
  for (const id of rows.keys()) if (!beforeIds.has(id)) problems.push({ table: "quarantine", message: `${id} is in quarantine but was no thread, message or attachment of D` });
  if (stage === "forward") problems.push(...orphansLeft(after));
  return problems;
}

/**
 * What forward is for: after it, no thread, message or attachment still in
 * its table has a required reference to a document that is not there (an
 * orphan left behind, or the child of one that went to quarantine). Without
 * this, a forward that quarantines nothing would pass: nothing is lost.
 */
function orphansLeft(after: Snapshot): ConservationProblem[] {
  const live = new Set(Object.values(after.tables).flatMap((docs) => docs.map((d) => d._id)));
  const problems: ConservationProblem[] = [];
  for (const table of TABLES) {
    for (const doc of after.tables[table] ?? []) {
      const dangling = REQUIRED_REFERENCES[table].filter((field) => typeof doc[field] === "string" && !live.has(doc[field] as string));
      if (dangling.length > 0) problems.push({ table, message: `forward left ${doc._id} in ${table}, though its ${dangling.join(" and ")} names no document` });
    }
  }
  return problems;
}
