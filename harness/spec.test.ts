import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { batchMigration } from "./migration.js";
import { defineMigration, type MigrationSpecOptions } from "./spec.js";

const base: MigrationSpecOptions = {
  name: "demo",
  forward: batchMigration("migrations/demo:forward"),
  dataset: fc.constant({ tables: {} }),
};

describe("defineMigration rejects a malformed spec, naming the option", () => {
  test.each([
    [{ name: "" }, '`name` must be a non-empty identifier'],
    [{ batchSize: -1 }, "`batchSize` must be a positive integer, got -1"],
    [{ batchSize: 1.5 }, "`batchSize` must be a positive integer, got 1.5"],
    [{ slack: -2 }, "`slack` must be a non-negative integer, got -2"],
    [{ runs: { roundtrip: 5 } }, "`runs.roundtrip` is not an invariant; known: roundTrip"],
    [{ runs: 0 }, "`runs` must be a positive integer, got 0"],
    [{ forward: "migrations/demo:forward" }, "`forward` must be a migration driver"],
    [{ dataset: [] }, "`dataset` must be a fast-check Arbitrary<Dataset>"],
    [{ batchsize: 3 }, "`batchsize` is not an option"],
  ])("%j", (override, message) => {
    expect(() => defineMigration({ ...base, ...(override as object) } as MigrationSpecOptions)).toThrow(message);
  });

  test("defaults: batch size 3, slack 2, no per-invariant runs", () => {
    const spec = defineMigration(base);
    expect([spec.batchSize, spec.slack, spec.runs]).toEqual([3, 2, {}]);
  });
});
