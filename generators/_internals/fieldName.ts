import fc from "fast-check";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const WORD_CHARS = `${LETTERS}0123456789_`;

/**
 * A field name every Convex object and record accepts: nonempty ASCII, not
 * starting with "$" or "_" (reserved for system fields). Identifiers
 * `[a-zA-Z][a-zA-Z0-9_]{0,15}` are a safe subset, and read well in a diff.
 *
 * @example
 * // a v.record(v.string(), v.number()) value
 * fc.dictionary(fieldName(), fc.integer(), { maxKeys: 4, noNullPrototype: true })
 */
export function fieldName(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...LETTERS), fc.string({ unit: fc.constantFrom(...WORD_CHARS), maxLength: 15 }))
    .map(([first, rest]) => first + rest);
}
