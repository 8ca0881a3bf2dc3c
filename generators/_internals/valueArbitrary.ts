import fc from "fast-check";
import type { GenericValidator } from "convex/values";
import type { DatasetValue } from "../../harness/model/dataset.js";
import { fieldName } from "./fieldName.js";
import { jsonLike } from "./jsonLike.js";
import { maybe, withoutUndefined } from "./maybe.js";
import { boundedString, lengthOf, numberIn, type Bounds } from "./bounds.js";

/** What a caller decides about the values it builds, path by path ("prefs", "tags[]", "scores.*", "" for the root). */
export interface ValueContext {
  /** Names the caller in errors: "fromValidator", "fromSchema". */
  readonly label: string;
  /** How a path reads in errors, e.g. with its table in front. */
  where(path: string): string;
  /** An arbitrary that replaces the value at `path`. */
  override(path: string): fc.Arbitrary<unknown> | undefined;
  /** Chance that the optional field at `path` is present. */
  presence(path: string): number;
  /** Ranges and lengths asked for at `path`. */
  bounds(path: string): Bounds | undefined;
  /** Values of `v.id(table)` at `path`. */
  id(table: string, path: string): fc.Arbitrary<unknown>;
  /** Wraps the values of a union's member `index`, for callers that must tell later which member a value came from. */
  member?(union: GenericValidator, index: number, values: fc.Arbitrary<unknown>): fc.Arbitrary<unknown>;
  readonly maxDepth: number;
  readonly maxLength: number;
  readonly noNaN: boolean;
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * Values valid for a Convex validator, for every validator kind, with the
 * caller's overrides, presences, bounds and ids. Throws at construction for
 * what it cannot generate, naming the kind and the path.
 */
export function valueArbitrary(validator: GenericValidator, path: string, ctx: ValueContext): fc.Arbitrary<DatasetValue> {
  const override = ctx.override(path);
  if (override !== undefined) return override as fc.Arbitrary<DatasetValue>;
  const bounds = ctx.bounds(path);
  switch (validator.kind) {
    case "id":
      return ctx.id(validator.tableName, path) as fc.Arbitrary<DatasetValue>;
    case "string":
      // Well-formed strings only: a lone surrogate does not survive UTF-8.
      if (bounds) return boundedString(bounds);
      return fc.oneof(fc.string({ maxLength: 24 }), fc.string({ unit: "grapheme", maxLength: 8 }));
    case "float64":
      return bounds ? numberIn(bounds) : fc.double({ noNaN: ctx.noNaN });
    case "int64":
    case "commitTs": // stored as an int64; the placeholder exists only inside a mutation
      return fc.bigInt({ min: bigIntBound(bounds?.min, INT64_MIN), max: bigIntBound(bounds?.max, INT64_MAX) });
    case "boolean":
      return fc.boolean();
    case "null":
      return fc.constant(null);
    case "any":
      return jsonLike(ctx.maxDepth, bounds?.maxLength ?? ctx.maxLength);
    case "literal":
      return fc.constant(validator.value as DatasetValue);
    case "bytes":
      return fc.uint8Array(lengthOf(bounds, ctx.maxLength * 4)).map((bytes) => bytes.slice().buffer as ArrayBuffer);
    case "object": {
      const model: Record<string, fc.Arbitrary<DatasetValue | undefined>> = {};
      for (const [field, fieldValidator] of Object.entries(validator.fields)) {
        const at = path === "" ? field : `${path}.${field}`;
        const values = valueArbitrary(fieldValidator, at, ctx);
        model[field] = fieldValidator.isOptional === "optional" ? present(values, ctx.presence(at)) : values;
      }
      return fc.record(model, { noNullPrototype: true }).map((doc) => withoutUndefined(doc) as DatasetValue);
    }
    case "array":
      return fc.array(valueArbitrary(validator.element, `${path}[]`, ctx), lengthOf(bounds, ctx.maxLength));
    case "record": {
      const { minLength: minKeys, maxLength: maxKeys } = lengthOf(bounds, ctx.maxLength);
      return fc.dictionary(recordKey(validator.key, path, ctx), valueArbitrary(validator.value, path === "" ? "*" : `${path}.*`, ctx), {
        minKeys,
        maxKeys,
        noNullPrototype: true,
      });
    }
    case "union":
      // Literals only (a role, a theme): one draw among them, shrinking toward the first.
      if (validator.members.every((m) => m.kind === "literal")) return fc.constantFrom(...validator.members.map((m) => m.value as DatasetValue));
      // Cross-shrinking: a value of a later member can shrink to the first member's.
      return fc.oneof(
        { withCrossShrink: true },
        ...validator.members.map((member, index) => {
          const values = valueArbitrary(member, path, ctx);
          return (ctx.member ? ctx.member(validator, index, values) : values) as fc.Arbitrary<DatasetValue>;
        }),
      );
    default: {
      const kind = (validator as { kind?: unknown }).kind;
      throw new Error(`${ctx.label}: cannot generate values for validator kind "${String(kind)}" at ${ctx.where(path)}`);
    }
  }
}

/** An optional field's values: `maybe`, without a draw when the field is always or never there. */
function present<T>(values: fc.Arbitrary<T>, presence: number): fc.Arbitrary<T | undefined> {
  if (presence >= 1) return values;
  if (presence <= 0) return fc.constant(undefined);
  return maybe(values, presence);
}

function bigIntBound(bound: number | bigint | undefined, fallback: bigint): bigint {
  return bound === undefined ? fallback : BigInt(bound);
}

/** Keys a record validator accepts: field names for v.string(), the literals of a union. */
function recordKey(key: GenericValidator, path: string, ctx: ValueContext): fc.Arbitrary<string> {
  switch (key.kind) {
    case "string":
      return fieldName();
    case "literal":
      return fc.constant(String(key.value));
    case "union":
      return fc.oneof(...key.members.map((member) => recordKey(member, path, ctx)));
    case "id":
      throw new Error(
        `${ctx.label}: the keys of record ${ctx.where(path)} are ids of "${key.tableName}", which exist only ` +
          `after seeding and cannot be record keys in a dataset; pass an override for it`,
      );
    default:
      throw new Error(`${ctx.label}: cannot generate record keys for validator kind "${key.kind}" at ${ctx.where(path)}`);
  }
}
