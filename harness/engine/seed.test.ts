import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { fixtureApp } from "../../generators/testing/fixtureApp.js";
import { memoryBackend } from "../backends/memory/provider.js";
import { readSnapshot } from "./read.js";
import { seedDataset } from "./seed.js";

const schema = defineSchema({ blobs: defineTable({ body: v.string() }) });
const app = fixtureApp(schema);

describe("seedDataset keeps every call inside a mutation's limits", () => {
  test("forty documents of 512 KiB, all deleted after seeding: deletions are chunked by bytes (one call would read 20 MiB)", async () => {
    const body = "a".repeat(512 * 1024);
    const count = 40;
    const dataset = {
      tables: { blobs: Array.from({ length: count }, () => ({ body })) },
      deleted: Array.from({ length: count }, (_, index) => ({ table: "blobs", index })),
    };
    const backend = await memoryBackend({ transactionLimits: true }).fresh(app);
    await seedDataset(app, backend, dataset);
    expect((await readSnapshot(app, backend)).tables.blobs ?? []).toEqual([]);
  });
});
