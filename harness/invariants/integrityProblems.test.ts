import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import type { Snapshot } from "../model/snapshot.js";
import { integrityProblems } from "./support/integrityProblems.js";
import { baselineOf, stateOf } from "./support/integrityState.js";
import { referencesOf } from "./support/references.js";

const schema = defineSchema({
  users: defineTable({ name: v.string() }),
  threads: defineTable({ userId: v.id("users"), title: v.string(), clonedFrom: v.optional(v.id("threads")) }),
  quarantine: defineTable({ table: v.string(), originalId: v.string(), document: v.any() }),
});
const references = referencesOf(schema);
const quarantine = { table: "quarantine", originalId: "originalId", document: "document", sourceTable: "table" };

const doc = (id: string, fields: Record<string, unknown>) => ({ _id: id, _creationTime: 1, ...fields });
/** u1 is live; thread t2 belongs to u9, a deleted user (an orphan); t3 is cloned from t2. */
const D: Snapshot = {
  tables: {
    users: [doc("u1", { name: "a" })],
    threads: [doc("t1", { userId: "u1", title: "x" }), doc("t2", { userId: "u9", title: "y" }), doc("t3", { userId: "u1", title: "z", clonedFrom: "t2" })],
    quarantine: [],
  },
};

describe("referencesOf", () => {
  test("derives v.id fields, optional ones included, and lets the spec replace a table's", () => {
    expect(references).toEqual({ threads: { userId: "users", clonedFrom: "threads" } });
    expect(referencesOf(schema, { threads: { userId: "users" } })).toEqual({ threads: { userId: "users" } });
  });
});

describe("integrityProblems", () => {
  const baseline = baselineOf(D, references);
  const check = (after: Snapshot) => integrityProblems(baseline, stateOf(after, quarantine), references);

  test("D against itself has no problem, and knows its orphan", () => {
    expect(baseline.orphans.map((o) => o.doc._id)).toEqual(["t2"]);
    expect(check(D)).toEqual([]);
  });

  test("an orphan in quarantine with its content, referenced from a live thread, is accounted for", () => {
    const after: Snapshot = {
      tables: { ...D.tables, threads: [D.tables.threads[0], D.tables.threads[2]], quarantine: [doc("q1", { table: "threads", originalId: "t2", document: D.tables.threads[1] })] },
    };
    expect(check(after)).toEqual([]);
  });

  test("a deleted orphan is dropped silently, and the thread cloned from it now dangles", () => {
    const after: Snapshot = { tables: { ...D.tables, threads: [D.tables.threads[0], D.tables.threads[2]] } };
    expect(check(after).map((p) => p.kind).sort()).toEqual(["new-dangling", "orphan-lost"]);
  });

  test("a re-created orphan is found by content, and a reference left on its old id is new-dangling", () => {
    const recreated = doc("t9", { userId: "u9", title: "y" });
    const after: Snapshot = { tables: { ...D.tables, threads: [D.tables.threads[0], recreated, D.tables.threads[2]] } };
    const problems = check(after);
    expect(problems.map((p) => [p.kind, p.id, p.field])).toEqual([["new-dangling", "t3", "clonedFrom"]]);
    expect(problems[0].message).toContain("was a live threads document before the migration");
  });

  test("an orphan quarantined with altered content is reported", () => {
    const after: Snapshot = {
      tables: { ...D.tables, threads: [D.tables.threads[0], D.tables.threads[2]], quarantine: [doc("q1", { table: "threads", originalId: "t2", document: { userId: "u9", title: "changed" } })] },
    };
    expect(check(after).map((p) => p.kind)).toEqual(["orphan-altered"]);
  });
});
