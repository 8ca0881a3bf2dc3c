/**
 * System ids (`v.id("_storage")`, `v.id("_scheduled_functions")`) in every
 * position of a schema: fromSchema generates them as references to system
 * documents the dataset names, and the seeding creates those documents (a
 * stored blob, a scheduled call canceled at once), so the app's own
 * `ctx.db.system.get` finds them.
 */
import fc from "fast-check";
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { batchMigration, checkMigration, defineMigration, memoryBackend } from "../harness/index.js";
import { seedDataset } from "../harness/engine/seed.js";
import { membersApp } from "../harness/testing/membersApp.js";
import { fromSchema } from "./fromSchema.js";

const schema = membersApp.schema;

describe("fromSchema with system ids", () => {
  test("a schema with required, optional, array and union system ids generates, with `only` naming another table or not", () => {
    for (const only of [undefined, ["uploads"], ["identities"]]) {
      const samples = fc.sample(fromSchema(schema, { only }), { seed: 7, numRuns: 100 });
      expect(samples.length).toBe(100);
    }
    const uploads = fc.sample(fromSchema(schema, { only: ["uploads"] }), { seed: 7, numRuns: 100 }).filter((d) => d.tables.uploads.length > 0);
    expect(uploads.length).toBeGreaterThan(0);
    for (const dataset of uploads) {
      expect(Object.keys(dataset.tables)[0]).toBe("_storage");
      expect(dataset.tables._storage.length).toBeGreaterThan(0);
    }
    expect(uploads.some((d) => (d.tables._scheduled_functions?.length ?? 0) > 0)).toBe(true);
  });

  test("a uniqueness on a file id allows as many documents as files a dataset may hold", () => {
    const datasets = fc.sample(fromSchema(schema, { only: ["uploads"], tables: { uploads: { unique: ["fileId"], size: { min: 1, max: 3 } } } }), { seed: 3, numRuns: 50 });
    for (const { tables } of datasets) {
      const files = tables.uploads.map((u) => JSON.stringify(u.fileId));
      expect(new Set(files).size).toBe(files.length);
    }
  });

  test("a field naming a table that exists nowhere is one line at construction, naming the field and the table", () => {
    const bad = defineSchema({ posts: defineTable({ title: v.string(), cover: v.optional(v.array(v.id("files"))) }) });
    expect(() => fromSchema(bad)).toThrow(
      'fromSchema: posts.cover holds v.id("files"), but "files" is neither a table of the schema nor a system table (_storage, _scheduled_functions)',
    );
  });

  test("seeding creates real system documents: a migration that reads each one through ctx.db.system.get runs", async () => {
    const datasets = fc.sample(fromSchema(schema, { only: ["uploads"], fields: { "uploads.size": { presence: 0 } } }), { seed: 11, numRuns: 30 });
    const dataset = datasets.find((d) => d.tables.uploads.length > 1 && (d.tables._scheduled_functions?.length ?? 0) > 0)!;
    const backend = await memoryBackend().fresh(membersApp);
    const ids = await seedDataset(membersApp, backend, dataset);
    expect(ids._storage.length).toBe(dataset.tables._storage.length);
    const outcome = await backend.mutation("uploads:recordSizes", { cursor: null, batchSize: 100 });
    expect(outcome).toMatchObject({ isDone: true, processed: dataset.tables.uploads.length });
  });

  test("clearAll deletes the stored files too: a deployment driven run after run keeps none", async () => {
    const backend = await memoryBackend().fresh(membersApp);
    const dataset = { tables: { _storage: [{}, {}], uploads: [{ fileId: { __ref: ["_storage", 0] as [string, number] }, thumbnails: [{ __ref: ["_storage", 1] as [string, number] }], source: { kind: "copied", from: { __ref: ["_storage", 0] as [string, number] } } }] } };
    await seedDataset(membersApp, backend, dataset);
    expect(await backend.mutation("testing:clearAll", {})).toEqual({ done: true, deleted: 3 });
    expect(await backend.mutation("testing:clearAll", {})).toEqual({ done: true, deleted: 0 });
  });

  test("every invariant of a migration over system ids passes on the memory backend", async () => {
    const spec = defineMigration(membersApp, {
      name: "recordSizes",
      table: "uploads",
      forward: batchMigration("uploads:recordSizes"),
      rollback: batchMigration("uploads:forgetSizes"),
      dataset: fromSchema(schema, { only: ["uploads"], paged: "uploads", fields: { "uploads.size": { presence: 0 } } }),
      touches: ["uploads"],
    });
    for (const invariant of ["roundTrip", "targetValid", "resumable"] as const) {
      const result = await checkMigration(spec, { invariant, runs: 15, seed: 3 });
      expect(result.status, result.status === "failed" ? result.failure.summary : "").toBe("passed");
    }
  });
});
