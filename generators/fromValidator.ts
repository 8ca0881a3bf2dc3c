import fc from "fast-check";
import type { TableDefinition } from "convex/server";
import type { GenericValidator } from "convex/values";
import { ref, type DatasetDocument, type DatasetValue } from "./dataset.js";
import { fieldName } from "./_internals/fieldName.js";
import { jsonLike } from "./_internals/jsonLike.js";
import { maybe, withoutUndefined } from "./_internals/maybe.js";

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
export function resolveFromValidatorOptions(options: FromValidatorOptions = {}): Resolved {
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
  const arbitrary = build(validator, "", resolved, used);
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

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function build(validator: GenericValidator, path: string, options: Resolved, used: Set<string>): fc.Arbitrary<DatasetValue> {
  const override = options.overrides[path];
  if (override !== undefined) {
    used.add(path);
    return override as fc.Arbitrary<DatasetValue>;
  }
  switch (validator.kind) {
    case "id":
      return idOf(validator.tableName, path, options);
    case "string":
      // Well-formed strings only: a lone surrogate does not survive UTF-8.
      return fc.oneof(fc.string({ maxLength: 24 }), fc.string({ unit: "grapheme", maxLength: 8 }));
    case "float64":
      return fc.double({ noNaN: options.noNaN });
    case "int64":
    case "commitTs": // stored as an int64; the placeholder exists only inside a mutation
      return fc.bigInt({ min: INT64_MIN, max: INT64_MAX });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "any":
      return jsonLike(options.maxDepth, options.maxLength);
    case "literal":
      return fc.constant(validator.value as DatasetValue);
    case "bytes":
      return fc.uint8Array({ maxLength: options.maxLength * 4 }).map((bytes) => bytes.slice().buffer as ArrayBuffer);
    case "object": {
      const model: Record<string, fc.Arbitrary<DatasetValue | undefined>> = {};
      for (const [field, fieldValidator] of Object.entries(validator.fields)) {
        const arbitrary = build(fieldValidator, path === "" ? field : `${path}.${field}`, options, used);
        model[field] = fieldValidator.isOptional === "optional" ? maybe(arbitrary, 0.75) : arbitrary;
      }
      return fc.record(model, { noNullPrototype: true }).map((doc) => withoutUndefined(doc) as DatasetValue);
    }
    case "array":
      return fc.array(build(validator.element, `${path}[]`, options, used), { maxLength: options.maxLength });
    case "record":
      return fc.dictionary(
        recordKey(validator.key, path),
        build(validator.value, path === "" ? "*" : `${path}.*`, options, used),
        { maxKeys: options.maxLength, noNullPrototype: true },
      );
    case "union":
      return fc.oneof(...validator.members.map((member) => build(member, path, options, used)));
    default: {
      const kind = (validator as { kind?: unknown }).kind;
      throw new Error(`fromValidator: cannot generate values for validator kind "${String(kind)}"`);
    }
  }
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

/** Keys a record validator accepts: field names for v.string(), the literals of a union. */
function recordKey(key: GenericValidator, path: string): fc.Arbitrary<string> {
  switch (key.kind) {
    case "string":
      return fieldName();
    case "literal":
      return fc.constant(String(key.value));
    case "union":
      return fc.oneof(...key.members.map((member) => recordKey(member, path)));
    case "id":
      throw new Error(
        `fromValidator: the keys of record "${path || "(root)"}" are ids of "${key.tableName}", which exist only ` +
          `after seeding and cannot be record keys in a dataset; pass an override for "${path}"`,
      );
    default:
      throw new Error(`fromValidator: cannot generate record keys for validator kind "${key.kind}"`);
  }
}
