import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { batchMigration } from "./migration.js";
import { stubApp as fixtureApp } from "../testing/stubApp.js";
import { defineMigration } from "./define.js";

const base = { name: "m", forward: batchMigration("m:forward"), dataset: fc.constant({ tables: {} }) };
const args = () => [{ userId: "u" }];

describe("integrity options of defineMigration", () => {
  test("resolves queries with defaults, and quarantine from a table name", () => {
    const spec = defineMigration(fixtureApp, { ...base, queries: { old: "t:old", new: "t:new", args }, quarantine: "quarantine" });
    expect(spec.queries).toMatchObject({ old: "t:old", new: "t:new", stages: ["afterForward"] });
    expect(spec.queries!.normalize([{ _id: "b" }, { _id: "a" }])).toEqual(["a", "b"]);
    expect(spec.quarantine).toEqual({ table: "quarantine", originalId: "originalId", document: "document", sourceTable: "table" });
  });

  test("rejects nonsense with a message naming the option", () => {
    expect(() => defineMigration(fixtureApp, { ...base, queries: { old: "t:old", new: "t:new", args: [] as never } })).toThrow(/`queries.args`/);
    expect(() => defineMigration(fixtureApp, { ...base, queries: { old: "t:old", new: 3 as never, args } })).toThrow(/`queries.new`/);
    expect(() => defineMigration(fixtureApp, { ...base, queries: { old: "t:old", new: "t:new", args, stages: ["later" as never] } })).toThrow(/`queries.stages`/);
    expect(() => defineMigration(fixtureApp, { ...base, references: { threads: { userId: 1 as never } } })).toThrow(/`references.threads.userId`/);
    expect(() => defineMigration(fixtureApp, { ...base, quarantine: {} as never })).toThrow(/`quarantine`/);
  });
});
