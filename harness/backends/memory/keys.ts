import type { Value } from "convex/values";
import { compareValues } from "./convexTest/index.js";
import { fieldValue } from "./filterExpression.js";
import type { Bound, Doc } from "./types.js";

/** A document's position in an index: its values at the index's field paths, `_id` last. */
export type Key = unknown[];

/**
 * Convex's total order over values, with a shortcut for the common case of
 * two distinct finite numbers or two equal strings (`compareValues` allocates
 * a tuple per operand). Every other case, -0, NaN and unequal strings (UTF-8
 * byte order) included, is `compareValues`' own answer.
 */
export function compareValue(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number" && a !== b && a === a && b === b) return a < b ? -1 : 1;
  if (typeof a === "string" && a === b) return 0;
  return compareValues(a as Value, b as Value);
}

/** Lexicographic order of two keys of the same index. */
export function compareKeys(a: Key, b: Key): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareValue(a[i], b[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** How a key's first components compare to a bound's values (0: the key starts with them). */
export function comparePrefix(key: Key, values: unknown[]): number {
  for (let i = 0; i < values.length; i++) {
    const c = compareValue(key[i], values[i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** The key of `doc` in an index over `fields` (a missing field is undefined, Convex's least value). */
export function keyOf(doc: Doc, fields: string[]): Key {
  const key = new Array(fields.length);
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    key[i] = field === "_id" ? doc._id : field === "_creationTime" ? doc._creationTime : fieldValue(field, doc);
  }
  return key;
}

/** Whether `key` lies before the range's lower bound (ascending order). */
export function belowLower(key: Key, lower: Bound | null): boolean {
  if (lower === null) return false;
  const c = comparePrefix(key, lower.values);
  return lower.inclusive ? c < 0 : c <= 0;
}

/** Whether `key` lies past the range's upper bound (ascending order). */
export function aboveUpper(key: Key, upper: Bound | null): boolean {
  if (upper === null) return false;
  const c = comparePrefix(key, upper.values);
  return upper.inclusive ? c > 0 : c >= 0;
}

/** Whether `key` lies within both bounds of a range. */
export function inRange(key: Key, lower: Bound | null, upper: Bound | null): boolean {
  return !belowLower(key, lower) && !aboveUpper(key, upper);
}
