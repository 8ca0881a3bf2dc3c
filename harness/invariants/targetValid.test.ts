import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { checkMigration } from "./check.js";
import { formatFailure } from "../report/failure.js";
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
});
