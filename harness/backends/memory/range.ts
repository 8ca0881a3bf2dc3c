import { aboveUpper, belowLower, compareKeys, type Key } from "./keys.js";
import type { OrderedIndex, Position } from "./orderedIndex.js";
import type { RangePlan } from "./types.js";

type Range = Pick<RangePlan, "order" | "lower" | "upper">;

/**
 * Where a range starts in query order, strictly past the key `after` when
 * one is given (a cursor, or the last entry a stream passed): O(log n).
 * Null when the range is empty from there.
 */
export function startOf(index: OrderedIndex, range: Range, after: Key | null): Position | null {
  const { lower, upper } = range;
  if (range.order === "asc") {
    return index.seek((k) => belowLower(k, lower) || (after !== null && compareKeys(k, after) <= 0));
  }
  // Descending: the last entry that is neither past the upper bound nor at or after `after`.
  return index.backward(index.seek((k) => !aboveUpper(k, upper) && (after === null || compareKeys(k, after) < 0)));
}

/** The next position in query order, or null past the first entry (descending). */
export function step(index: OrderedIndex, position: Position, range: Range): Position | null {
  return range.order === "asc" ? index.forward(position) : index.backward(position);
}

/** Whether a key is past the far end of the range in query order. */
export function pastEnd(key: Key, range: Range): boolean {
  return range.order === "asc" ? aboveUpper(key, range.upper) : belowLower(key, range.lower);
}
