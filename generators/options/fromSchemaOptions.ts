import type fc from "fast-check";
import type { Bounds } from "../_internals/bounds.js";

/** What the generated documents of one table must be like. */
export interface TableOptions {
  /**
   * How many documents: a fixed count, or bounds on the default spread (0, 1,
   * batchSize - 1, batchSize, batchSize + 1, each often, and larger up to
   * 4 * batchSize + 2).
   */
  size?: number | { min?: number; max?: number };
  /**
   * At most one document per key, as the app reads them with `.unique()`:
   * an index of the table ("by_user"), a field path, or a list of field paths.
   */
  unique?: ReadonlyArray<string | readonly string[]>;
  /**
   * Exactly one document per document of the table a required `v.id` field
   * (or an index on one) points to: `userSettings: { exactlyOnePer: "userId" }`.
   */
  exactlyOnePer?: string;
  /**
   * Fields that equal a value reached through references, so that the data
   * keeps the app's own rules: `messages: { same: { authorId: "threadId.userId" } }`
   * (a message's author is its thread's owner). The path starts at a `v.id`
   * field of this table and may go through further references.
   */
  same?: Record<string, string>;
  /** Share of documents (0 to 1) deleted right after seeding: what references them dangles. Default 0. */
  orphans?: number;
  /**
   * Whole documents instead of generated ones: a legacy shape built by hand
   * (a user whose email matches its name). Its references, if any, must
   * point backwards; field options of the table do not apply.
   */
  document?: fc.Arbitrary<Record<string, unknown>>;
}

/** What the values at one field path must be like ("messages.metadata", "threads.tags[]", "userSettings.preferences.*"). */
export interface FieldOptions extends Bounds {
  /**
   * Replaces the generated value: realistic values (fakerArbitrary), legacy
   * shapes, markers. An arbitrary yielding `undefined` leaves the field out.
   * Its values are kept as they are: references in them must point backwards.
   */
  value?: fc.Arbitrary<unknown>;
  /** Chance (0 to 1) that this optional field is present. */
  presence?: number;
  /**
   * A reference of the table to itself points only to a document inserted
   * before this one (a thread is cloned from one that exists), so the app
   * never sees a reference to a younger document. The first document has none.
   */
  earlier?: boolean;
  /**
   * Draw this field's values from another field's generated values, as the
   * app joins tables on it: `"members.tokenIdentifier": { from: "identities.subject" }`.
   * Three in four values are a value of a document of that table (documents
   * often share one: a join that hits twice), the rest the field's own (a
   * miss). The field must be of a type that holds the other's values. Without
   * it, fromSchema infers the obvious case: a string field named as the first
   * field of an index of one other table (`sessions.tokenIdentifier` and
   * `users.by_tokenIdentifier`) draws from that table's values.
   */
  from?: string;
}

/** How often and how heavily datasets press against Convex's limits. */
export interface SizePressureOptions {
  /**
   * Share of datasets (0 to 1) under size pressure. Default 0.05: a
   * document near 1 MiB makes a property run several times slower, so
   * they are few (and shrink away when a failure does not need them).
   */
  share?: number;
  /** Tables whose documents carry it. Default every generated table. */
  tables?: readonly string[];
  /** Share of pressured datasets (0 to 1) that also give one parent hundreds of children. Default 0.25. */
  fanOut?: number;
  /** Children of that parent, at most (at least 100, or this when lower). Default 200. */
  maxChildren?: number;
}

/**
 * What `fromSchema` generates: the batch size sizes cluster around, the
 * tables generated, and the app's rules per table (`tables`) and per field
 * path (`fields`). Every option is optional: `fromSchema(schema)` covers the
 * whole schema.
 */
export interface FromSchemaOptions {
  /** The migration's batch size, around which table sizes cluster. Default 3. */
  batchSize?: number;
  /** Tables to generate; the tables their required references point to come along. Default every table. */
  only?: readonly string[];
  /**
   * The table the migration pages over: its size is kept as drawn, and a
   * table that must reference it is left empty when it is empty. (Without
   * it, a table that others must reference gets a document whenever they
   * have some.)
   */
  paged?: string;
  /** Per table: sizes, uniqueness, consistency along references, orphans. */
  tables?: Record<string, TableOptions>;
  /** Per field path, prefixed by its table: overrides, presence, ranges, lengths. */
  fields?: Record<string, FieldOptions>;
  /** Chance that an optional field without its own `presence` is present. Default 0.75. */
  presence?: number;
  /** Values near Convex's document limits and parents with many children, in a share of datasets. */
  sizePressure?: number | SizePressureOptions;
  /** Nesting depth of `v.any()` values. Default 2. */
  maxDepth?: number;
  /** Most elements of an array, keys of a record (and 4x that in bytes) without bounds of their own. Default 4. */
  maxLength?: number;
  /** Leave NaN out of `v.number()`. Default false. */
  noNaN?: boolean;
}
