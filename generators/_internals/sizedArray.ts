import fc from "fast-check";

/**
 * An array whose length is drawn from `length` (so sizes that matter, like a
 * batch boundary, come up often), and which shrinks like `fc.array`: items
 * are removed and simplified one by one, down to the empty array.
 *
 * Neither `fc.array` (its length distribution cannot be chosen) nor
 * `length.chain(n => fc.array(item, { minLength: n, maxLength: n }))` fits:
 * a chained array regenerates unrelated items whenever the length shrinks,
 * and never drops a single item afterwards.
 *
 * @example
 * // 0, 1, 2, 3 or 4 users (a batch of 3 and its boundaries), each as often, never more than 12
 * sizedArray(user, fc.constantFrom(0, 1, 2, 3, 4), 12)
 */
export function sizedArray<T>(item: fc.Arbitrary<T>, length: fc.Arbitrary<number>, maxLength: number): fc.Arbitrary<T[]> {
  return new SizedArrayArbitrary(item, length, maxLength);
}

class SizedArrayArbitrary<T> extends fc.Arbitrary<T[]> {
  private readonly exact = new Map<number, fc.Arbitrary<T[]>>();
  private readonly shrinker: fc.Arbitrary<T[]>;

  constructor(
    private readonly item: fc.Arbitrary<T>,
    private readonly length: fc.Arbitrary<number>,
    private readonly maxLength: number,
  ) {
    super();
    // size "max": the shrinker's length bound is maxLength itself.
    this.shrinker = fc.array(item, { maxLength, size: "max" });
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T[]> {
    const n = Math.min(this.length.generate(mrng, biasFactor).value, this.maxLength);
    let exact = this.exact.get(n);
    if (exact === undefined) {
      exact = fc.array(this.item, { minLength: n, maxLength: n });
      this.exact.set(n, exact);
    }
    // Both are fc.array over the same item arbitrary, so the generated
    // value's context is one the shrinker understands.
    return exact.generate(mrng, biasFactor);
  }

  canShrinkWithoutContext(value: unknown): value is T[] {
    return this.shrinker.canShrinkWithoutContext(value);
  }

  shrink(value: T[], context: unknown): fc.Stream<fc.Value<T[]>> {
    return this.shrinker.shrink(value, context);
  }
}
