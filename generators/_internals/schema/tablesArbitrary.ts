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
 * one, table after table, down to empty tables. The last table shrinks
 * first: its documents reference earlier ones, so removing them never takes
 * others along, while removing a referenced document can empty the tables
 * that must reference it and leave a larger, different failure than the
 * smallest one (an orphan of a deleted parent, found through a deleted
 * child instead). sizedArray for a whole
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
    /** Sizes `extra` needs (documents for size pressure to land in), from the sizes drawn: the same when it needs none. */
    private readonly settle: (sizes: number[], extra: E) => number[] = (sizes) => sizes,
  ) {
    super();
    // size "max": the shrinker's length bound is maxLength itself. Its tables are in reverse order.
    const arrays = tables.map((t) => fc.array(t.item, { maxLength: t.maxLength, size: "max" })).reverse();
    // The extra shrinks first: size pressure a failure does not need goes before any table is tried, so those runs are cheap.
    this.shrinker = fc.tuple(extra, fc.tuple(...arrays)) as unknown as fc.Arbitrary<[T[][], E]>;
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<[T[][], E]> {
    const drawn = this.tables.map((t) => t.size.generate(mrng, biasFactor).value);
    const sizes = this.adjust(drawn).map((n, i) => Math.min(n, this.tables[i].maxLength));
    // Each exact-length array is an fc.array over the same item arbitrary as
    // the shrinker's, so its context is one the shrinker understands.
    const arrays = sizes.map((n, i) => this.exactly(i, n).generate(mrng, biasFactor));
    const extra = this.extra.generate(mrng, biasFactor);
    // Drawn last, so that a dataset whose extra needs nothing draws as it always did.
    const settled = this.settle(sizes, extra.value).map((n, i) => Math.min(n, this.tables[i].maxLength));
    settled.forEach((n, i) => {
      if (n !== sizes[i]) arrays[i] = this.exactly(i, n).generate(mrng, biasFactor);
    });
    const value: [T[][], E] = [arrays.map((a) => a.value), extra.value];
    return new fc.Value(value, [arrays.map((a) => a.context), extra.context]);
  }

  canShrinkWithoutContext(value: unknown): value is [T[][], E] {
    return Array.isArray(value) && Array.isArray(value[0]) && this.shrinker.canShrinkWithoutContext(toShrinker(value as [T[][], E]) as never);
  }

  shrink(value: [T[][], E], context: unknown): fc.Stream<fc.Value<[T[][], E]>> {
    const inner = Array.isArray(context) ? toShrinker(context as [unknown[], unknown]) : context;
    return this.shrinker
      .shrink(toShrinker(value) as never, inner)
      .map((v) => new fc.Value(fromShrinker(v.value as never) as [T[][], E], fromShrinker(v.context as [unknown, unknown[]])));
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

/** A [tables, extra] value (or its context) as the shrinker holds it: [extra, tables last first]. */
function toShrinker<T, E>([tables, extra]: [T[], E]): [E, T[]] {
  return [extra, Array.isArray(tables) ? [...tables].reverse() : tables];
}

/** The inverse of toShrinker. */
function fromShrinker<T, E>([extra, tables]: [E, T[]]): [T[], E] {
  return [Array.isArray(tables) ? [...tables].reverse() : tables, extra];
}
