import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import type { Faker } from "@faker-js/faker";
import { buildWithSeed, fakerArbitrary } from "./faker.js";

const buildPerson = (faker: Faker) => ({
  name: faker.person.fullName(),
  email: faker.internet.email(),
  joined: faker.date.past().toISOString(),
});
const person = fakerArbitrary(buildPerson);

describe("fakerArbitrary", () => {
  test("the same seed builds the same values", () => {
    expect(fc.sample(person, { seed: 42, numRuns: 20 })).toEqual(fc.sample(person, { seed: 42, numRuns: 20 }));
  });

  test("different seeds build different values", () => {
    const names = fc.sample(person, { seed: 7, numRuns: 50 }).map((p) => p.name);
    expect(new Set(names).size).toBeGreaterThan(40);
  });

  test("a value depends only on its seed, not on what was built before", () => {
    const first = fc.sample(person, { seed: 3, numRuns: 5 });
    fc.sample(fakerArbitrary((faker) => faker.lorem.paragraphs(3)), { seed: 99, numRuns: 5 });
    expect(fc.sample(person, { seed: 3, numRuns: 5 })).toEqual(first);
  });

  test("never draws from Math.random", () => {
    const random = vi.spyOn(Math, "random");
    try {
      fc.sample(person, { seed: 1, numRuns: 20 });
      expect(random).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
    }
  });

  test("shrinks through the seed, down to seed 0", () => {
    const details = fc.check(fc.property(person, (p) => p.name === ""), { seed: 5 });
    expect(details.failed).toBe(true);
    expect(details.counterexample).toEqual([buildWithSeed(0, buildPerson)]);
  });
});
