import type { MigrationSpecOptions, Snapshot, SnapshotDocument } from "convex-migration-harness";

/**
 * The canonical snapshot, with each quarantine row standing in for the
 * document it holds: its id is the original id, and its content the original
 * document without system fields. So a reference to a quarantined document
 * (a message of a quarantined thread, a thread cloned from one) is relabelled
 * like any reference, by the content it points to, and two runs that
 * quarantined the same documents compare equal although their quarantine
 * rows have different ids and creation times.
 */
export function quarantineView(snapshot: Snapshot, { canonicalize }: Parameters<NonNullable<MigrationSpecOptions["view"]>>[1]): unknown {
  const quarantine = (snapshot.tables.quarantine ?? []).map((row): SnapshotDocument => {
    const { _id, _creationTime, ...document } = row.document as SnapshotDocument;
    return { _id: String(row.originalId), _creationTime: 0, table: row.table, reason: row.reason, document };
  });
  return canonicalize({ tables: { ...snapshot.tables, quarantine } });
}
