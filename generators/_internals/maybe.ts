import fc from "fast-check";

/**
 * `arbitrary`'s value with probability `presence`, else `undefined` (an
 * absent field). Shrinks to absent first: a shrunk counterexample keeps only
 * the fields the failure needs.
 *
 * @example
 * // an optional field present in 40% of documents
 * fc.record({ name: fc.string(), nickname: maybe(fc.string(), 0.4) })
 */
export function maybe<T>(arbitrary: fc.Arbitrary<T>, presence: number): fc.Arbitrary<T | undefined> {
  const present = Math.round(presence * 100);
  return fc.oneof(
    // withCrossShrink lets a present value shrink to the first arbitrary: absent.
    { withCrossShrink: true },
    { arbitrary: fc.constant(undefined), weight: 100 - present },
    { arbitrary, weight: present },
  );
}

/** `value` without its undefined fields: a Convex document has absent fields, never undefined ones. */
export function withoutUndefined<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(value)) if (item !== undefined) out[field] = item;
  return out as { [K in keyof T]: Exclude<T[K], undefined> };
}

/**
 * true with probability `probability`; shrinks to false, so a rare case stays
 * in a shrunk counterexample only when the failure needs it.
 *
 * @example
 * // one thread in twenty is a fork
 * rarely(0.05).map((fork) => (fork ? { forkedFrom: ref("threads", 0) } : {}))
 */
export function rarely(probability: number): fc.Arbitrary<boolean> {
  const yes = Math.round(probability * 1000);
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant(false), weight: 1000 - yes },
    { arbitrary: fc.constant(true), weight: yes },
  );
}
