import { base, en, Faker } from "@faker-js/faker";
import fc from "fast-check";
import { seededRandomizer } from "./_internals/seededRandomizer.js";

/**
 * Faker's dates are relative to "now" unless told otherwise: a fixed
 * reference date keeps a dataset identical when it is replayed next year.
 */
const REFERENCE_DATE = new Date("2025-01-01T00:00:00.000Z");

// One instance, reseeded before every build: constructing a Faker costs ~5x
// more than the values it makes, and builds are synchronous, so no two builds
// can interleave. The explicit randomizer keeps faker from seeding itself
// with Math.random at construction, and is cheap to reseed.
let shared: Faker | undefined;

/** What `fakerArbitrary(build)` generates for `seed`: the same value every time. */
export function buildWithSeed<T>(seed: number, build: (faker: Faker) => T): T {
  shared ??= new Faker({ locale: [en, base], randomizer: seededRandomizer() });
  shared.seed(seed);
  shared.setDefaultRefDate(REFERENCE_DATE);
  return build(shared);
}

/**
 * An arbitrary whose values faker builds, with every random draw coming from
 * fast-check: fast-check draws a seed, faker is seeded with it, and `build`
 * runs. The same seed always builds the same value, so a dataset replays from
 * fast-check's seed and path, and shrinks (through the seed integer) like any
 * other value. Never use the global `faker` or `Math.random` in a generator.
 *
 * `build` must be synchronous and must not keep the faker it is given: the
 * instance is reseeded for the next value.
 *
 * @example
 * const email = fakerArbitrary((faker) => faker.internet.email());
 */
export function fakerArbitrary<T>(build: (faker: Faker) => T): fc.Arbitrary<T> {
  // noBias: fast-check's bias favours small integers, which would make many
  // samples share the few seeds 0, 1, 2... and so the same fake values.
  return fc.noBias(fc.integer({ min: 0, max: 2 ** 31 - 1 })).map((seed) => buildWithSeed(seed, build));
}
