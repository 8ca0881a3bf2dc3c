import fc from "fast-check";
import { makeFunctionReference } from "convex/server";
import { describe, expect, test } from "vitest";
import { batchMigration, componentMigration } from "./migration.js";
import { stubApp as fixtureApp } from "../testing/stubApp.js";
import { defineMigration } from "./define.js";
import type { MigrationSpecOptions } from "./types.js";

const base: MigrationSpecOptions = {
  name: "m",
  table: "things",
  forward: batchMigration("migrations/m:forward"),
  dataset: fc.constant({ tables: {} }),
};

describe("defineMigration: progress and secrets", () => {
  test("progress names its query and counts the spec's table unless told otherwise", () => {
    const isMigrated = () => true;
    const spec = defineMigration(fixtureApp, { ...base, progress: { query: makeFunctionReference<"query">("progress:m"), isMigrated } });
    expect(spec.progress).toEqual({ query: "progress:m", args: {}, isMigrated, table: "things" });
    expect(defineMigration(fixtureApp, { ...base, progress: { query: "progress:m", isMigrated, table: "owners" } }).progress!.table).toBe("owners");
  });

  test("progress without a table to count is rejected, naming the option", () => {
    expect(() => defineMigration(fixtureApp, { ...base, table: undefined, progress: { query: "progress:m", isMigrated: () => true } })).toThrow(
      /`progress.table` is needed when the spec has no `table`/,
    );
    expect(() => defineMigration(fixtureApp, { ...base, progress: { query: "progress:m" } as never })).toThrow(/`progress.isMigrated`/);
  });

  test("secrets need fields per table and a way to recognise ciphertext", () => {
    const isCiphertext = () => true;
    expect(defineMigration(fixtureApp, { ...base, secrets: { fields: { things: ["token"] }, isCiphertext } }).secrets!.fields).toEqual({ things: ["token"] });
    expect(() => defineMigration(fixtureApp, { ...base, secrets: { fields: {}, isCiphertext } })).toThrow(/`secrets.fields`/);
    expect(() => defineMigration(fixtureApp, { ...base, secrets: { fields: { things: [] }, isCiphertext } })).toThrow(/`secrets.fields.things`/);
    expect(() => defineMigration(fixtureApp, { ...base, secrets: { fields: { things: ["token"] } } as never })).toThrow(/`secrets.isCiphertext`/);
  });
});

describe("componentMigration", () => {
  test("drives a batch through the app's runner and names the migration function", async () => {
    const driver = componentMigration("migrations/m:forward", { runner: "migrations/component:runBatch" });
    const calls: unknown[] = [];
    const backend = {
      mutation: async (name: string, args: unknown) => {
        calls.push([name, args]);
        return { continueCursor: "c1", isDone: false, processed: 2 };
      },
    } as never;
    expect(driver.protocol).toBe("component");
    expect(await driver.runBatch(backend, null, 2)).toEqual({ continueCursor: "c1", isDone: false, processed: 2 });
    expect(calls).toEqual([["migrations/component:runBatch", { fn: "migrations/m:forward", cursor: null, batchSize: 2 }]]);
  });

  test("a runner answer outside the batch protocol is an error that names both functions", async () => {
    const driver = componentMigration("migrations/m:forward", { runner: "migrations/component:runBatch" });
    const backend = { mutation: async () => ({ cursor: null }) } as never;
    await expect(driver.runBatch(backend, null, 2)).rejects.toThrow(/migrations\/component:runBatch \(running migrations\/m:forward\)/);
  });
});
