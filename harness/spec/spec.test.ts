import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { batchMigration } from "./migration.js";
import { stubApp as fixtureApp } from "../testing/stubApp.js";
import { defineMigration } from "./define.js";
import type { MigrationSpecOptions } from "./types.js";

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
    [{ runs: { roundtrip: 5 } }, "`runs.roundtrip` is not an invariant (or \"default\"); known: roundTrip"],
    [{ runs: 0 }, "`runs` must be a positive integer, got 0"],
    [{ forward: "migrations/demo:forward" }, "`forward` must be a migration driver"],
    [{ dataset: [] }, "`dataset` must be a fast-check Arbitrary<Dataset>"],
    [{ batchsize: 3 }, "`batchsize` is not an option"],
  ])("%j", (override, message) => {
    expect(() => defineMigration(fixtureApp, { ...base, ...(override as object) } as MigrationSpecOptions)).toThrow(message);
  });

  test("defaults: batch size 3, slack 2, no per-invariant runs", () => {
    const spec = defineMigration(fixtureApp, base);
    expect([spec.batchSize, spec.slack, spec.runs]).toEqual([3, 2, {}]);
  });
});

describe("defineMigration checks the spec against the app's schema at declaration", () => {
  test.each([
    [{ table: "nope" }, '`table` names table "nope", which the schema does not define; known tables: owners, things, quarantine'],
    [{ touches: "things" }, "`touches` must be an array of table names, got \"things\""],
    [{ touches: ["things", "thngs"] }, '`touches[1]` names table "thngs", which the schema does not define'],
    [{ target: { nope: {} } }, '`target.nope` names table "nope"'],
    [{ secrets: { fields: { things: ["tokn"] }, isCiphertext: () => true } }, '`secrets.fields.things[0]` names field "tokn" of things, which the schema does not define; known fields: _id, _creationTime, name, token, ownerId'],
    [{ references: { things: { ownerId: "ownerz" } } }, '`references.things.ownerId` names table "ownerz"'],
    [{ quarantine: "quarantined" }, '`quarantine.table` names table "quarantined"'],
    [{ forward: { protocol: "batch", functionName: "migrations/nope:forward", functions: ["migrations/nope:forward"], runBatch: async () => null } }, '`forward` names function "migrations/nope:forward", but the app has no module "migrations/nope"; known modules: m, migrations/component, migrations/demo, migrations/m, progress, t'],
  ])("%j", (override, message) => {
    expect(() => defineMigration(fixtureApp, { ...base, ...(override as object) } as MigrationSpecOptions)).toThrow(message);
  });

  test("a spec of a real table, fields and modules declares; its export check runs when the modules load", async () => {
    const spec = defineMigration(fixtureApp, { ...base, table: "things", touches: ["things"], forward: batchMigration("migrations/demo:forwrd") });
    expect(spec.table).toBe("things");
    const { missingExports } = await import("./schemaChecks.js");
    expect(await missingExports(fixtureApp, spec.functions)).toEqual([
      '`forward` names function "migrations/demo:forwrd", but migrations/demo exports no "forwrd"; it exports: forward, rollback, old, new, m, runBatch',
    ]);
  });

  test("the first argument must be the app", () => {
    expect(() => defineMigration(base as never, undefined as never)).toThrow("the first argument must be the app");
  });
});

describe("a spec without a dataset draws from the whole schema", () => {
  test("the default dataset is fromSchema's, and its derived data classes are required on top of the spec's own", () => {
    const { dataset: _, ...withoutDataset } = base;
    const spec = defineMigration(fixtureApp, {
      ...withoutDataset,
      batchSize: 2,
      dataClasses: { classes: ["mine"], classify: () => ["mine"] },
    });
    const [sample] = fc.sample(spec.dataset, { seed: 1, numRuns: 1 });
    expect(Object.keys(sample.tables).sort()).toEqual([...fixtureApp.tables].sort());
    expect(spec.dataClasses?.classes).toContain("mine");
    expect(spec.dataClasses!.classes.length).toBeGreaterThan(1);
    expect(spec.dataClasses!.classify(sample)).toContain("mine");
  });
});
