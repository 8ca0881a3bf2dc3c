import type { Randomizer } from "@faker-js/faker";

// Read once: under convex-test the global `Math` is an accessor that looks up
// the running function's overrides on every read (see harness/snapshot/natives.ts).
const imul = Math.imul;

/**
 * A faker Randomizer that is cheap to reseed. Faker's default (a Mersenne
 * Twister) fills 624 words of state on every seed, and fakerArbitrary
 * reseeds for every value it builds: that was most of the time spent
 * generating a dataset. This is sfc32 (a small, well-tested 128-bit
 * generator) seeded through splitmix32, with 53-bit outputs as faker expects.
 * Only faker's values depend on it; every seed still comes from fast-check.
 */
export function seededRandomizer(): Randomizer {
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const next32 = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  return {
    next: () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992,
    seed(seed: number | number[]) {
      let h = 0;
      for (const word of typeof seed === "number" ? [seed] : seed) h = splitmix32(h ^ (word | 0));
      a = splitmix32(h);
      b = splitmix32(a);
      c = splitmix32(b);
      d = 1;
      // Discard the first outputs, which still carry the seed's structure.
      for (let i = 0; i < 12; i++) next32();
    },
  };
}

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = imul(z ^ (z >>> 16), 0x85ebca6b);
  z = imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}
