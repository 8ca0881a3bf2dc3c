/**
 * A dataset is plain, JSON-serializable data: documents per table, in seeding
 * order. It never holds real ids: a reference is a symbolic marker resolved to
 * a real id when a backend seeds the dataset, so the same dataset seeds any
 * backend and shrinks like any other fast-check value.
 */

/** A reference to the `index`-th document of `table` in the same dataset. */
export type RefMarker = { __ref: [table: string, index: number] };

/**
 * A value the app encrypts while seeding (AES-GCM with a random IV cannot be
 * produced by a synchronous arbitrary). `key: "wrong"` encrypts with a key the
 * app does not hold, to model ciphertext from a rotated or foreign key.
 * Resolved by the app's seed function, not by the harness.
 */
export type EncryptMarker = { __encrypt: string; key?: "wrong" };

/** A document field value: a Convex value that may contain markers anywhere. */
export type DatasetValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | ArrayBuffer
  | DatasetValue[]
  | RefMarker
  | EncryptMarker
  | { [field: string]: DatasetValue };

/** A document to insert, without `_id` and `_creationTime`. */
export type DatasetDocument = { [field: string]: DatasetValue };

/**
 * Fields set on `table[index]` once every document is inserted: how a
 * dataset holds a reference that cannot point backwards (a self-reference,
 * a reference cycle between tables). The inserted document carries a
 * placeholder instead (the field absent, an empty array, another branch of a
 * union), so that it meets the schema until it is patched.
 */
export interface DatasetPatch {
  table: string;
  index: number;
  /** Top-level fields and their values, which may reference any document of the dataset. */
  fields: { [field: string]: DatasetValue };
}

/**
 * A legacy dataset: documents per table in seeding order, with references as
 * `ref(table, index)` markers, `patches` applied once every document is
 * inserted and `deleted` documents removed last. A spec's `dataset` is an
 * arbitrary of these.
 *
 * @example
 * const dataset: Dataset = {
 *   tables: { users: [{ name: "Ada" }], posts: [{ authorId: ref("users", 0), title: "Hello" }] },
 * };
 */
export interface Dataset {
  /**
   * Documents per table. Tables are seeded in key order and documents in
   * array order, so a reference must point to an earlier table, or to an
   * earlier document of the same table; any other reference goes in `patches`.
   * The system tables `_storage` and `_scheduled_functions` are seeded
   * first: each of their documents (`{}`) becomes a real system document (a
   * stored blob, a canceled scheduled call) that `ref("_storage", i)` names.
   */
  tables: Record<string, DatasetDocument[]>;
  /** Applied in order after every document is inserted and before `deleted`. */
  patches?: DatasetPatch[];
  /**
   * Documents deleted right after seeding: references to them become orphans
   * (real, well-formed ids of documents that no longer exist).
   */
  deleted?: Array<{ table: string; index: number }>;
}

/**
 * A reference to the `index`-th document of `table` in the same dataset,
 * resolved to that document's real id when the dataset is seeded.
 *
 * @example
 * const post = { authorId: ref("users", 0), title: "Hello" };
 */
export function ref(table: string, index: number): RefMarker {
  return { __ref: [table, index] };
}

/**
 * Whether a dataset value is a reference made by `ref`: what a hand-written
 * data-class classifier looks for to tell a present reference from a plain value.
 *
 * @example
 * const linked = dataset.tables.posts.filter((post) => isRefMarker(post.authorId)).length;
 */
export function isRefMarker(value: unknown): value is RefMarker {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Array.isArray((value as RefMarker).__ref) &&
    Object.keys(value).length === 1
  );
}

/** Whether a dataset value is an encrypt marker (`{ __encrypt: plaintext }`). */
export function isEncryptMarker(value: unknown): value is EncryptMarker {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as EncryptMarker).__encrypt === "string"
  );
}

/**
 * System tables whose ids a schema may hold (`v.id("_storage")`): a
 * dataset's documents of them are created by the app's testing functions
 * (a stored blob, a scheduled call canceled at once), not inserted.
 */
export const SYSTEM_TABLES = ["_storage", "_scheduled_functions"] as const;

export type SystemTable = (typeof SYSTEM_TABLES)[number];

export function isSystemTable(table: string): table is SystemTable {
  return (SYSTEM_TABLES as readonly string[]).includes(table);
}

/** Number of documents in a dataset, all tables together. */
export function datasetSize(dataset: Dataset): number {
  return Object.values(dataset.tables).reduce((n, docs) => n + docs.length, 0);
}
