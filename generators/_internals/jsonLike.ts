import fc from "fast-check";
import { fieldName } from "./fieldName.js";

/** A JSON value: what `jsonLike` generates. */
export type JsonLike = null | boolean | number | string | JsonLike[] | { [field: string]: JsonLike };

/**
 * A small JSON-like Convex value nested at most `depth` levels: what a
 * `v.any()` field plausibly holds. Objects have plain prototypes and valid
 * field names; numbers are finite and never -0, so the value survives JSON unchanged.
 *
 * @example
 * // a legacy `metadata: v.any()` field: values nested up to 2 levels, 4 items each at most
 * fc.record({ content: fc.string(), metadata: jsonLike(2, 4) })
 */
export function jsonLike(depth: number, maxLength: number): fc.Arbitrary<JsonLike> {
  const leaf: fc.Arbitrary<JsonLike> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    // -0 would come back from JSON as 0.
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (n === 0 ? 0 : n)),
    fc.string({ maxLength: 16 }),
  );
  if (depth <= 0) return leaf;
  const inner = jsonLike(depth - 1, maxLength);
  return fc.oneof(
    // Leaves first, with cross-shrinking: a nested value can shrink to a leaf.
    { withCrossShrink: true },
    { arbitrary: leaf, weight: 3 },
    { arbitrary: fc.array(inner, { maxLength }), weight: 1 },
    { arbitrary: fc.dictionary(fieldName(), inner, { maxKeys: maxLength, noNullPrototype: true }), weight: 1 },
  );
}
