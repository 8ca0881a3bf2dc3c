import fc from "fast-check";

/** One table's documents: how many to draw, and how to draw one. */
export interface TableDraw<T> {
  size: fc.Arbitrary<number>;
  item: fc.Arbitrary<T>;
  maxLength: number;
}

/**
 * Arrays for several tables, plus `extra` (what else a dataset draws),
 * whose lengths are drawn first and then adjusted together (`adjust`: a
 * table that another must reference gets a document), and which shrink
 * like a tuple of `fc.array`s: documents are removed and simplified one by
 * one, table after table, down to empty tables. sizedArray for a whole
 * dataset: `.chain` on the sizes would regenerate every document whenever a
 * size shrinks, and never drop a single document afterwards.
 */
export class TablesArbitrary<T, E> extends fc.Arbitrary<[T[][], E]> {
  private readonly exact = new Map<string, fc.Arbitrary<T[]>>();
  private readonly shrinker: fc.Arbitrary<[T[][], E]>;

  constructor(
    private readonly tables: ReadonlyArray<TableDraw<T>>,
    private readonly extra: fc.Arbitrary<E>,
    private readonly adjust: (sizes: number[]) => number[],
  ) {
    super();
    // size "max": the shrinker's length bound is maxLength itself.
    const arrays = tables.map((t) => fc.array(t.item, { maxLength: t.maxLength, size: "max" }));
    this.shrinker = fc.tuple(fc.tuple(...arrays), extra) as unknown as fc.Arbitrary<[T[][], E]>;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<[T[][], E]> {
    const drawn = this.tables.map((t) => t.size.generate(mrng, biasFactor).value);
    const sizes = this.adjust(drawn).map((n, i) => Math.min(n, this.tables[i].maxLength));
    // Each exact-length array is an fc.array over the same item arbitrary as
    // the shrinker's, so its context is one the shrinker understands.
    const arrays = sizes.map((n, i) => this.exactly(i, n).generate(mrng, biasFactor));
    const extra = this.extra.generate(mrng, biasFactor);
    const value: [T[][], E] = [arrays.map((a) => a.value), extra.value];
    return new fc.Value(value, [arrays.map((a) => a.context), extra.context]);
  }

  canShrinkWithoutContext(value: unknown): value is [T[][], E] {
    return this.shrinker.canShrinkWithoutContext(value);
  }

  shrink(value: [T[][], E], context: unknown): fc.Stream<fc.Value<[T[][], E]>> {
    return this.shrinker.shrink(value, context);
  }

  private exactly(table: number, n: number): fc.Arbitrary<T[]> {
    const key = `${table}:${n}`;
    let arbitrary = this.exact.get(key);
    if (arbitrary === undefined) {
      arbitrary = fc.array(this.tables[table].item, { minLength: n, maxLength: n });
      this.exact.set(key, arbitrary);
    }
    return arbitrary;
  }
}
