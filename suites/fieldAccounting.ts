import type { ConservationProblem, Direction, Snapshot, SnapshotDocument } from "convex-migration-harness";
import { stableStringify } from "./stableStringify.js";

/**
 * Accounting for a migration that may change one field of one table and
 * nothing else there: every document of `table` is still there under the
 * same id, no document was added, and every other field is exactly as it
 * was. `fieldRule` judges the field itself (before, after, the snapshot
 * after, and whether forward or rollback just ran) and returns what is
 * wrong, or null.
 */
export function onlyFieldChanges(
  table: string,
  field: string,
  fieldRule: (before: unknown, after: unknown, doc: SnapshotDocument, snapshot: Snapshot, stage: Direction) => string | null,
) {
  return (before: Snapshot, after: Snapshot, stage: Direction): ConservationProblem[] => {
    const problems: ConservationProblem[] = [];
    const now = new Map((after.tables[table] ?? []).map((doc) => [doc._id, doc]));
    for (const doc of before.tables[table] ?? []) {
      const later = now.get(doc._id);
      now.delete(doc._id);
      if (!later) {
        problems.push({ table, message: `document ${doc._id} was deleted` });
        continue;
      }
      const { [field]: was, ...rest } = doc;
      const { [field]: is, ...restLater } = later;
      if (stableStringify(rest) !== stableStringify(restLater)) {
        problems.push({ table, message: `document ${doc._id} changed outside ${field}` });
      }
      const wrong = fieldRule(was, is, later, after, stage);
      if (wrong) problems.push({ table, message: `document ${doc._id}: ${wrong}` });
    }
    for (const id of now.keys()) problems.push({ table, message: `document ${id} was inserted` });
    return problems;
  };
}

/** Two Convex values are the same (key order aside). */
export function sameValue(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}
