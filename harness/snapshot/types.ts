/**
 * A snapshot is every document of every table of the app's schema, as read
 * back from a backend through the app's test-only readPage function.
 */
export type SnapshotDocument = { _id: string; _creationTime: number; [field: string]: unknown };

export interface Snapshot {
  /** Every table of the schema, empty ones included, documents in _id order. */
  tables: Record<string, SnapshotDocument[]>;
}
