import fc from "fast-check";

/** Ranges and lengths a field's values must keep to (see FieldOptions in fromSchemaOptions.ts). */
export interface Bounds {
  /** v.number() / v.int64(): inclusive range. */
  min?: number | bigint;
  max?: number | bigint;
  /** v.number(): whole numbers only. */
  integer?: boolean;
  /** Characters of a string, elements of an array, keys of a record or v.any() container, bytes. */
  minLength?: number;
  maxLength?: number;
}

/**
 * Characters of one code unit each, so that a string's `length` is the
 * number of characters drawn and a bound on it holds: ASCII mostly, with
 * letters of other scripts among them.
 */
const WIDE = ["é", "ß", "ñ", "ж", "λ", "日", "本", "한", "ع", "€"];
const character = fc.oneof(
  { arbitrary: fc.string({ minLength: 1, maxLength: 1 }), weight: 6 },
  { arbitrary: fc.constantFrom(...WIDE), weight: 1 },
);

/** Strings whose length is within `bounds` (default up to 24 characters). */
export function boundedString(bounds: Bounds): fc.Arbitrary<string> {
  return fc.string({ unit: character, ...lengthOf(bounds, 24) });
}

/** Numbers within `bounds`: whole when asked, finite otherwise (a range excludes NaN). */
export function numberIn(bounds: Bounds): fc.Arbitrary<number> {
  const min = bounds.min === undefined ? undefined : Number(bounds.min);
  const max = bounds.max === undefined ? undefined : Number(bounds.max);
  if (bounds.integer) {
    return fc.integer({ min: min ?? Number.MIN_SAFE_INTEGER, max: max ?? Number.MAX_SAFE_INTEGER });
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** fast-check's `{ minLength, maxLength }` for `bounds`, with `fallback` as the most when none is set. */
export function lengthOf(bounds: Bounds | undefined, fallback: number): { minLength: number; maxLength: number } {
  const minLength = bounds?.minLength ?? 0;
  return { minLength, maxLength: bounds?.maxLength ?? Math.max(minLength, fallback) };
}
