import fc from "fast-check";
import type { SeededIds } from "../model/labels.js";

/**
 * A symbolic reference to documents of the dataset, for app write
 * arguments: `each` document of `table` (the write fans out, once per
 * document), or the `index`-th one, taken modulo the table's size once the
 * dataset is seeded (params are generated apart from the dataset, so any
 * index must mean some document).
 */
export interface DocRef {
  __doc: [table: string, index: number | "each"];
}

/**
 * An arbitrary reference to documents of `table`, resolved to real ids after
 * seeding. It shrinks to `each`: a write made for every document does not
 * depend on which documents shrinking removes, so a lost write shrinks to the
 * one document that loses it.
 *
 * @example
 * args: fc.record({ userId: docRef("users"), provider: fc.constantFrom("openai", "anthropic"), key: fc.string() })
 */
export function docRef(table: string): fc.Arbitrary<DocRef> {
  return fc.oneof(fc.constant("each" as const), fc.nat({ max: 63 })).map((index) => ({ __doc: [table, index] as DocRef["__doc"] }));
}

/**
 * The argument objects one command stands for: one per document of the
 * first `each` reference's table, or the arguments alone without one.
 */
export function fanOut(args: Record<string, unknown>, ids: SeededIds): Array<{ args: Record<string, unknown>; at: number | null }> {
  const table = firstEach(args);
  if (table === null) return [{ args, at: null }];
  return (ids[table] ?? []).map((_, at) => ({ args, at }));
}

function firstEach(value: unknown): string | null {
  if (isDocRef(value)) return value.__doc[1] === "each" ? value.__doc[0] : null;
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    for (const item of Object.values(value)) {
      const found = firstEach(item);
      if (found !== null) return found;
    }
  }
  return null;
}

export function isDocRef(value: unknown): value is DocRef {
  return (
    typeof value === "object" && value !== null && !Array.isArray(value) &&
    Array.isArray((value as DocRef).__doc) && Object.keys(value).length === 1
  );
}

/** Thrown when a reference points into a table the dataset left empty: the write has no target. */
export class NoSuchDocument extends Error {
  constructor(readonly table: string) {
    super(`the dataset has no ${table} document to refer to`);
  }
}

/** Position of a reference: its index modulo the table's size, or `at` for an `each` reference (a fan-out's current document). */
function positionOf(ref: DocRef, ids: SeededIds, at: number | null): number {
  const [table, index] = ref.__doc;
  const size = ids[table]?.length ?? 0;
  if (size === 0) throw new NoSuchDocument(table);
  return index === "each" ? (at ?? 0) % size : index % size;
}

/** Replaces every DocRef in `value` with the real id it stands for (`at`: the fan-out's document). */
export function resolveDocRefs(value: unknown, ids: SeededIds, at: number | null = null): unknown {
  return mapRefs(value, (ref) => ids[ref.__doc[0]][positionOf(ref, ids, at)]);
}

/** Shows each DocRef as `users[1]`, so failures name the document. */
export function describeDocRefs(value: unknown, ids: SeededIds, at: number | null = null): unknown {
  return mapRefs(value, (ref) => {
    try {
      return `${ref.__doc[0]}[${positionOf(ref, ids, at)}]`;
    } catch {
      return `${ref.__doc[0]}[none]`;
    }
  });
}

function mapRefs(value: unknown, f: (ref: DocRef) => unknown): unknown {
  if (isDocRef(value)) return f(value);
  if (Array.isArray(value)) return value.map((item) => mapRefs(item, f));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapRefs(v, f)]));
  }
  return value;
}
