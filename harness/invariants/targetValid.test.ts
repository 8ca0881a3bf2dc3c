import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { checkMigration } from "./check.js";
import { formatFailure } from "../report/failure.js";
import { batchMigration } from "../spec/migration.js";
import { notesSpec } from "../testing/notesSpec.js";

/** The notes app's slug migration against a contract that wants numeric slugs: every migrated note fails it. */
const numericSlugs = { notes: v.object({ userId: v.id("users"), text: v.string(), tags: v.optional(v.array(v.string())), slug: v.number() }) };

describe("targetValid's report", () => {
  test("names each document once, as the dataset names it", async () => {
    const result = await checkMigration(notesSpec({ target: numericSlugs }), { invariant: "targetValid", seed: 1, runs: 20 });
    if (result.status !== "failed") throw new Error(`a string slug passed a numeric target: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toMatch(/\n {2}notes\[0\] slug: expected a number \(v\.number\(\)\), got the string "test-/);
    expect(report).not.toContain("notes notes[");
  });

  test("names a document the migration created by its table and the order it was first read in, never by raw id", async () => {
    // Every note must be marked migrated; the copies forward inserts are not.
    const marked = { notes: v.object({ userId: v.id("users"), text: v.string(), slug: v.optional(v.string()), tags: v.optional(v.array(v.string())), meta: v.any() }) };
    const spec = notesSpec({ name: "copies", forward: batchMigration("copies:forward"), target: marked });
    const result = await checkMigration(spec, { invariant: "targetValid", seed: 1, runs: 20 });
    if (result.status !== "failed") throw new Error(`an unmarked copy passed the target: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toMatch(/\n {2}notes\[new 0\] meta: required field is missing/);
    expect(report).not.toMatch(/\d{10,}notes/);
  });
});
