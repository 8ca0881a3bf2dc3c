import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { compareKeys, type Key } from "./keys.js";
import { OrderedIndex } from "./orderedIndex.js";
import { startOf } from "./range.js";
import type { Bound, Doc } from "./types.js";

const doc = (id: string) => ({ _id: id, _creationTime: 0 }) as Doc;
/** Keys (a value, then a unique id) from a small domain of mixed types, so that chunks split and ties need the id. */
const key = fc.tuple(fc.constantFrom<unknown>(undefined, null, 1, 2, 2.5, "a", "b", true), fc.integer({ min: 0, max: 400 }).map((n) => `id${n}`));
const sorted = (keys: Key[]) => [...keys].sort(compareKeys);

describe("the ordered index", () => {
  test("holds exactly the keys inserted and not removed, in Convex's order", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), key), { maxLength: 600 }), (ops) => {
        const index = new OrderedIndex();
        const model = new Map<string, Key>();
        for (const [insert, k] of ops) {
          const name = JSON.stringify(k);
          if (insert && !model.has(name)) {
            index.insert({ key: k, doc: doc(String(k[1])) });
            model.set(name, k);
          } else if (!insert) {
            expect(index.remove(k)).toBe(model.delete(name));
          }
        }
        expect([...index.entries()].map((e) => e.key)).toEqual(sorted([...model.values()]));
        expect(index.size).toBe(model.size);
      }),
      { seed: 1, numRuns: 60 },
    );
  });

  test("a range starts at its bound in both orders, past a cursor key when given", () => {
    const bound = fc.option(fc.record({ values: fc.tuple(key.map((k) => k[0])), inclusive: fc.boolean() }), { nil: null });
    fc.assert(
      fc.property(fc.uniqueArray(key, { selector: (k) => k[1], maxLength: 300 }), bound, bound, fc.option(key, { nil: null }), fc.constantFrom("asc" as const, "desc" as const), (keys, lower, upper, after, order) => {
        const index = OrderedIndex.from(keys.map((k) => ({ key: k, doc: doc(String(k[1])) })));
        const position = startOf(index, { order, lower: lower as Bound | null, upper: upper as Bound | null }, after);
        const first = position === null ? null : index.at(position);
        const below = (k: Key) => lower !== null && (lower.inclusive ? compareKeys(k.slice(0, 1), lower.values) < 0 : compareKeys(k.slice(0, 1), lower.values) <= 0);
        const above = (k: Key) => upper !== null && (upper.inclusive ? compareKeys(k.slice(0, 1), upper.values) > 0 : compareKeys(k.slice(0, 1), upper.values) >= 0);
        // Ascending: the first key not below the range and past `after`; descending: the last not above it and before `after`.
        const expected =
          order === "asc"
            ? sorted(keys).find((k) => !below(k) && (after === null || compareKeys(k, after) > 0))
            : sorted(keys).reverse().find((k) => !above(k) && (after === null || compareKeys(k, after) < 0));
        expect(first?.key ?? null).toEqual(expected ?? null);
      }),
      { seed: 2, numRuns: 200 },
    );
  });
});
