import fc from "fast-check";
import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { defineApp } from "../model/app.js";
import { defineMigration } from "../spec/define.js";
import { batchMigration } from "../spec/migration.js";
import { checkMigration } from "./check.js";

describe("referentialIntegrity on a schema whose documents reference nothing", () => {
  const schema = defineSchema({ documents: defineTable({ title: v.string(), payload: v.optional(v.any()) }) });
  const app = defineApp({ schema, modules: { "./_generated/api.js": async () => ({}), "./documents.ts": async () => ({ forward: {} }) } });

  test("is not applicable, with the reason, instead of failing a correct migration", async () => {
    const spec = defineMigration(app, { name: "flat", forward: batchMigration("documents:forward"), dataset: fc.constant({ tables: {} }) });
    const result = await checkMigration(spec as never, { invariant: "referentialIntegrity", runs: 1, seed: 1 });
    expect(result).toMatchObject({ status: "not-applicable", reason: "the schema has no v.id field and the spec declares no `references`: no field references another document" });
  });
});
