import fc from "fast-check";
import type { TableDefinition } from "convex/server";
import type { GenericValidator } from "convex/values";
import { ref, type DatasetDocument, type DatasetValue } from "../harness/model/dataset.js";
import { valueArbitrary, type ValueContext } from "./_internals/valueArbitrary.js";

/** What `fromValidator` generates: which documents ids may point to, overrides per field path, sizes. */
export interface FromValidatorOptions {
  /**
   * Documents available per table for `v.id(table)`: an id becomes
   * `ref(table, i)` with `i < refs[table]`, resolved when the dataset is seeded.
   */
  refs?: Record<string, number>;
  /**
   * Arbitraries that replace the generated value at a field path, for values
   * that must be realistic or legacy. Paths: "preferences", "metadata.version",
   * "tags[]" (array elements), "scores.*" (record values), "" (the whole value).
   * An optional field stays independently absent; an override that yields
   * `undefined` makes the field absent too.
   */
  overrides?: Record<string, fc.Arbitrary<unknown>>;
  /** Nesting depth of `v.any()` values. Default 2. */
  maxDepth?: number;
  /** Most elements of an array, keys of a record (and 4x that in bytes). Default 4. */
  maxLength?: number;
  /** Leave NaN out of `v.number()` (Convex stores NaN; code comparing with === may not). Default false. */
  noNaN?: boolean;
}

type Resolved = Required<FromValidatorOptions>;

/** Fills defaults and rejects nonsense with a message naming the option. */
function resolveFromValidatorOptions(options: FromValidatorOptions = {}): Resolved {
  const count = (name: string, value: number) => {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`fromValidator: options.${name} must be a non-negative integer, got ${value}`);
    }
    return value;
  };
  const refs = options.refs ?? {};
  for (const [table, n] of Object.entries(refs)) count(`refs.${table}`, n);
  return {
    refs,
    overrides: options.overrides ?? {},
    maxDepth: count("maxDepth", options.maxDepth ?? 2),
    maxLength: count("maxLength", options.maxLength ?? 4),
    noNaN: options.noNaN ?? false,
  };
}

/**
 * Values valid for a Convex validator, for every validator kind; ids are
 * `RefMarker`s into `options.refs`. The root's own optionality is ignored
 * (a value is always generated); optional object fields are each absent on
 * their own. Throws at construction, not at generation, for what it cannot
 * generate: an id of a table without documents, record keys that are ids, an
 * unknown validator kind, an override that matches no field.
 *
 * @example
 * fromValidator(v.object({ userId: v.id("users"), theme: v.optional(v.string()) }), { refs: { users: 3 } })
 */
export function fromValidator(validator: GenericValidator, options?: FromValidatorOptions): fc.Arbitrary<DatasetValue> {
  const resolved = resolveFromValidatorOptions(options);
  const used = new Set<string>();
  const arbitrary = valueArbitrary(validator, "", contextOf(resolved, used));
  const unused = Object.keys(resolved.overrides).filter((path) => !used.has(path));
  if (unused.length > 0) {
    throw new Error(
      `fromValidator: override "${unused[0]}" matches no field path ` +
        `(paths look like "preferences", "metadata.version", "tags[]", "scores.*")`,
    );
  }
  return arbitrary;
}

/** Documents of a table (`defineTable(...)`), without system fields. */
export function fromTable(table: TableDefinition, options?: FromValidatorOptions): fc.Arbitrary<DatasetDocument> {
  return fromValidator(table.validator, options) as fc.Arbitrary<DatasetDocument>;
}

function contextOf(options: Resolved, used: Set<string>): ValueContext {
  return {
    label: "fromValidator",
    where: (path) => `"${path || "(root)"}"`,
    override(path) {
      const override = options.overrides[path];
      if (override !== undefined) used.add(path);
      return override;
    },
    presence: () => 0.75,
    bounds: () => undefined,
    id: (table, path) => idOf(table, path, options),
    maxDepth: options.maxDepth,
    maxLength: options.maxLength,
    noNaN: options.noNaN,
  };
}

function idOf(table: string, path: string, options: Resolved): fc.Arbitrary<DatasetValue> {
  const available = options.refs[table] ?? 0;
  if (available === 0) {
    throw new Error(
      `fromValidator: "${path || "(root)"}" is v.id("${table}"), but options.refs has no documents of "${table}"; ` +
        `pass refs: { ${table}: <count> } or an override for "${path}"`,
    );
  }
  return fc.nat({ max: available - 1 }).map((index) => ref(table, index));
}
