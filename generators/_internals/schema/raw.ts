import fc from "fast-check";

/**
 * A reference before the documents exist: a number that picks a document of
 * the target table once its size is known (the number itself, or the last
 * document when it is beyond the end). Unlike a modulo, removing a later
 * document never changes what an earlier number picks, and a number shrinks
 * toward the first document, so shrinking drops what a failure does not need.
 */
export class Pick {
  constructor(readonly n: number) {}
}

/** A value of a union's member `member`: which member it came from decides how its references resolve. */
export class Branch {
  constructor(
    readonly member: number,
    readonly value: unknown,
  ) {}
}

/** The index a pick chooses among `size` documents. */
export function picked(n: number, size: number): number {
  return Math.min(n, size - 1);
}

/**
 * Picks into a table of at most `max` documents: in a small table anywhere,
 * in a larger one most among its first four documents, so that documents
 * share what they reference (duplicates per user, several messages per
 * thread), the rest anywhere.
 */
export function picks(max: number): fc.Arbitrary<Pick> {
  if (max <= 1) return fc.constant(new Pick(0));
  if (max <= 8) return fc.nat({ max: max - 1 }).map((n) => new Pick(n));
  return fc
    .oneof({ arbitrary: fc.nat({ max: Math.min(3, max - 1) }), weight: 3 }, { arbitrary: fc.nat({ max: max - 1 }), weight: 1 })
    .map((n) => new Pick(n));
}
