import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import type { Snapshot } from "../model/snapshot.js";
import { DOCUMENT_LIMITS, validateSnapshot } from "./index.js";

const schema = {
  tables: {
    users: { validator: v.object({ name: v.string(), prefs: v.optional(v.record(v.string(), v.string())), extra: v.optional(v.any()) }) },
    keys: { validator: v.object({ userId: v.id("users"), kind: v.union(v.literal("a"), v.literal("b")), n: v.optional(v.int64()) }) },
  },
};

const users = (...docs: Array<Record<string, unknown>>): Snapshot => ({
  tables: { users: docs.map((doc, i) => ({ _id: `u${i}`, _creationTime: i, name: "n", ...doc })), keys: [] },
});

function problems(snapshot: Snapshot, target?: Parameters<typeof validateSnapshot>[2]) {
  return validateSnapshot(snapshot, schema, target).map((p) => `${p.rule} ${p.path}: ${p.message}`);
}

describe("validateSnapshot", () => {
  test("valid documents have no problems", () => {
    expect(problems(users({ prefs: { theme: "dark" } }))).toEqual([]);
  });

  test("record values are validated (convex-test does not)", () => {
    expect(problems(users({ prefs: { theme: 3 } }))).toEqual(['schema prefs["theme"]: expected a string, got the number 3']);
  });

  test("extra and missing fields, wrong literal, wrong-table id", () => {
    const snapshot: Snapshot = {
      tables: {
        users: [{ _id: "u0", _creationTime: 0, name: "n" }],
        keys: [
          { _id: "k0", _creationTime: 0, userId: "k0", kind: "c", stray: true },
          { _id: "k1", _creationTime: 0, kind: "a", n: 1 },
        ],
      },
    };
    expect(problems(snapshot)).toEqual([
      "schema userId: expected an id of users, got an id of keys",
      'schema kind: matches none of the union\'s 2 members; closest: expected the literal "a", got the string "c"',
      "schema stray: field is not in the validator",
      "schema userId: required field is missing",
      "schema n: expected a bigint (v.int64()), got the number 1",
    ]);
  });

  test("an orphan id (a document that no longer exists) is a valid id", () => {
    const snapshot: Snapshot = { tables: { users: [], keys: [{ _id: "k0", _creationTime: 0, userId: "gone", kind: "a" }] } };
    expect(problems(snapshot)).toEqual([]);
  });

  test("target validators apply on top of the schema, with or without system fields", () => {
    const target = { users: v.object({ name: v.string() }) };
    expect(problems(users({ prefs: {} }), target)).toEqual(["target prefs: field is not in the validator"]);
    const withSystem = { users: v.object({ _id: v.id("users"), _creationTime: v.number(), name: v.literal("x") }) };
    expect(problems(users({}), withSystem)).toEqual(['target name: expected the literal "x", got the string "n"']);
  });

  test("a problem the schema and the target both find is reported once, as the schema's", () => {
    const target = { users: v.object({ name: v.string(), prefs: v.optional(v.record(v.string(), v.string())) }) };
    expect(problems(users({ name: 3 }), target)).toEqual(["schema name: expected a string, got the number 3"]);
    // What only the target finds stays the target's.
    expect(problems(users({ name: 3, extra: 1 }), target)).toEqual(["schema name: expected a string, got the number 3", "target extra: field is not in the validator"]);
  });

  test("Convex's document limits: size, depth, array length, field count, field names", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 16; i++) deep = { d: deep };
    const many = Object.fromEntries(Array.from({ length: 1025 }, (_, i) => [`f${i}`, 1]));
    const found = problems(
      users(
        { extra: "x".repeat(DOCUMENT_LIMITS.maxSize) },
        { extra: deep },
        { extra: new Array(8193).fill(0) },
        { extra: many },
        { extra: { $bad: 1, "naïve": 2 } },
        { _private: 1 },
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(/^limit \(document\): document is about 10486\d\d bytes, over Convex's limit of 1048576 \(1 MiB\)$/),
      "limit extra.d.d.d.d.d.d.d.d.d.d.d.d.d.d.d: nested 17 levels deep, over Convex's limit of 16",
      "limit extra: array of 8193 elements, over Convex's limit of 8192",
      "limit extra: 1025 fields, over Convex's limit of 1024",
      'limit extra.$bad: field name "$bad" starts with "$", which is reserved',
      'limit extra.naïve: field name "naïve" has a character outside non-control ASCII',
      "schema _private: field is not in the validator",
      'limit _private: top-level field name "_private" starts with "_", which is reserved for system fields',
    ]);
  });

  test("16 levels of nesting is allowed", () => {
    let deep: unknown = "leaf";
    for (let i = 0; i < 15; i++) deep = { d: deep };
    expect(problems(users({ extra: deep }))).toEqual([]);
  });
});
