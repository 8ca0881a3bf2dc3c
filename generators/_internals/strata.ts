import fc from "fast-check";

/** One part of a stratified arbitrary: its name, its share of draws, and its values. */
export interface Stratum<T> {
  name: string;
  share: number;
  arbitrary: fc.Arbitrary<T>;
}

/** A stratum's name and share, as a coverage sample allocates its draws. */
export interface StratumShare {
  readonly name: string;
  readonly share: number;
}

/** Weights are integers to fast-check: shares are kept to a millionth. */
const SCALE = 1_000_000;

/**
 * The stratum being forced, on globalThis: the runner that samples coverage
 * and the spec files that build the arbitrary may load this module as two
 * instances (the runner outside vite's module graph, the specs inside it).
 */
const FORCED = Symbol.for("convex-migration-harness.forcedStratum");
const slot = globalThis as { [FORCED]?: string };

/**
 * Runs `draw` with every stratified arbitrary forced to its stratum named
 * `stratum` (one without such a stratum draws as usual). Synchronous on
 * purpose: a coverage sample draws exactly its allocation of each stratum,
 * whatever arbitrary (mapped, combined) the stratified one sits in.
 */
export function forcing<T>(stratum: string, draw: () => T): T {
  const before = slot[FORCED];
  slot[FORCED] = stratum;
  try {
    return draw();
  } finally {
    slot[FORCED] = before;
  }
}

/**
 * A weighted choice among strata that a coverage sample can force
 * (`forcing`). Drawn as usual it is a `fc.oneof` over them, shrinking toward
 * the first; forced, it draws from the one stratum.
 */
export class StratifiedArbitrary<T> extends fc.Arbitrary<T> {
  private readonly any: fc.Arbitrary<T>;

  constructor(readonly strata: ReadonlyArray<Stratum<T>>) {
    super();
    const arms = strata.map((s) => ({ arbitrary: s.arbitrary, weight: Math.round(s.share * SCALE) })).filter((arm) => arm.weight > 0);
    this.any = fc.oneof({ withCrossShrink: true }, ...arms);
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T> {
    const forced = slot[FORCED];
    const stratum = forced === undefined ? undefined : this.strata.find((s) => s.name === forced);
    if (stratum === undefined) return this.any.generate(mrng, biasFactor);
    // A coverage sample never shrinks what it draws: no context to keep.
    return new fc.Value(stratum.arbitrary.generate(mrng, biasFactor).value, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is T {
    return this.any.canShrinkWithoutContext(value);
  }

  shrink(value: T, context: unknown): fc.Stream<fc.Value<T>> {
    return this.any.shrink(value, context);
  }
}

/**
 * How many of `total` draws each stratum gets: its share, rounded so that
 * the counts add up to `total` (largest remainders first, then in order).
 */
export function allocate(strata: readonly StratumShare[], total: number): number[] {
  const sum = strata.reduce((acc, s) => acc + s.share, 0);
  const exact = strata.map((s) => (sum > 0 ? (s.share / sum) * total : 0));
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    counts[i]++;
    left--;
  }
  return counts;
}
