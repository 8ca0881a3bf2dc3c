/**
 * A snapshot is every document of every table of the app's schema, as read
 * back from a backend through the app's test-only readPage function.
 */
export type SnapshotDocument = { _id: string; _creationTime: number; [field: string]: unknown };

/**
 * Every table of the schema, empty ones included, documents in _id order.
 * `Docs` types each table's documents (a spec's views and accounting get
 * them typed by the app's schema); inside the harness they are plain.
 */
export interface Snapshot<Docs extends { [table: string]: object } = Record<string, SnapshotDocument>> {
  tables: { [T in keyof Docs]: Docs[T][] };
}
