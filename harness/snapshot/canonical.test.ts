import { v } from "convex/values";
import { describe, expect, test } from "vitest";
import { canonicalize } from "./canonical.js";
import { compareValues } from "./compare.js";
import { formatDifferences } from "./diff.js";
import type { Snapshot } from "../model/snapshot.js";

const schema = {
  tables: {
    users: { validator: v.object({ name: v.string() }) },
    threads: { validator: v.object({ userId: v.id("users"), forkedFrom: v.optional(v.id("threads")) }) },
    ledger: { validator: v.object({ docId: v.string() }) },
  },
};

function snapshot(ids: { alice: string; bob: string; thread: string; fork: string }): Snapshot {
  return {
    tables: {
      users: [
        { _id: ids.alice, _creationTime: 1, name: "alice" },
        { _id: ids.bob, _creationTime: 2, name: "bob" },
      ],
      threads: [
        { _id: ids.thread, _creationTime: 3, userId: ids.alice },
        { _id: ids.fork, _creationTime: 4, userId: ids.bob, forkedFrom: ids.thread },
      ],
      ledger: [{ _id: "l1", _creationTime: 5, docId: ids.fork }],
    },
  };
}

describe("canonicalize", () => {
  test("equal contents with different ids and creation times are equal", () => {
    const a = canonicalize(snapshot({ alice: "u1", bob: "u2", thread: "t1", fork: "t2" }), schema);
    const b = canonicalize(snapshot({ alice: "x9", bob: "x8", thread: "y7", fork: "y6" }), schema);
    expect(a).toEqual(b);
    expect(a.tables.users[0]).not.toHaveProperty("_creationTime");
  });

  test("a reference to a different document is a difference", () => {
    const original = snapshot({ alice: "u1", bob: "u2", thread: "t1", fork: "t2" });
    const swapped = structuredClone(original);
    swapped.tables.threads[1].userId = "u1"; // the fork now belongs to alice
    const comparison = compareValues(canonicalize(original, schema), canonicalize(swapped, schema));
    expect(comparison.equal).toBe(false);
    expect(formatDifferences(comparison.differences)).toMatch(/threads\[threads:[0-9a-f]{8}\]\.userId/);
  });

  test("ids in plain string fields are relabelled too", () => {
    const a = canonicalize(snapshot({ alice: "u1", bob: "u2", thread: "t1", fork: "t2" }), schema);
    expect(a.tables.ledger[0].docId).toMatch(/^threads:/);
  });

  test("orphan references compare equal across backends and differ from live ones", () => {
    const withOrphan = (userId: string): Snapshot => ({
      tables: { users: [], threads: [{ _id: "t", _creationTime: 1, userId }], ledger: [] },
    });
    expect(canonicalize(withOrphan("gone1"), schema)).toEqual(canonicalize(withOrphan("gone2"), schema));
    expect(canonicalize(withOrphan("gone1"), schema).tables.threads[0].userId).toBe("users:dangling");
  });

  test("reference cycles terminate and stay content-labelled", () => {
    const cyclic = (a: string, b: string): Snapshot => ({
      tables: {
        users: [{ _id: "u", _creationTime: 0, name: "n" }],
        threads: [
          { _id: a, _creationTime: 1, userId: "u", forkedFrom: b },
          { _id: b, _creationTime: 2, userId: "u", forkedFrom: a },
        ],
        ledger: [],
      },
    });
    expect(canonicalize(cyclic("a", "b"), schema)).toEqual(canonicalize(cyclic("q", "r"), schema));
  });

  test("bigint, bytes, -0 and NaN survive and compare as Convex stores them", () => {
    const doc = (value: unknown): Snapshot => ({ tables: { misc: [{ _id: "m", _creationTime: 0, value }] } });
    expect(compareValues(canonicalize(doc(1n)), canonicalize(doc(1))).equal).toBe(false);
    expect(compareValues(canonicalize(doc(-0)), canonicalize(doc(0))).equal).toBe(false);
    expect(compareValues(canonicalize(doc(Number.NaN)), canonicalize(doc(Number.NaN))).equal).toBe(true);
    const bytes = (...b: number[]) => new Uint8Array(b).buffer;
    expect(compareValues(canonicalize(doc(bytes(1, 2))), canonicalize(doc(bytes(1, 2)))).equal).toBe(true);
    expect(compareValues(canonicalize(doc(bytes(1, 2))), canonicalize(doc(bytes(1, 3)))).equal).toBe(false);
  });
});

describe("compareValues", () => {
  test("a missing document is one difference, not a shifted table", () => {
    const docs = (names: string[]) => ({ users: names.map((name, i) => ({ _id: `users:${name}`, name, i: 0 })) });
    const comparison = compareValues(docs(["a", "b", "c", "d"]), docs(["a", "c", "d"]));
    expect(comparison.differences).toEqual([{ path: "users[users:b]", kind: "missing", expected: { _id: "users:b", name: "b", i: 0 } }]);
  });

  test("a changed document is paired with its counterpart and shows the changed field", () => {
    const comparison = compareValues(
      { apiKeys: [{ _id: "apiKeys:1", userId: "users:u", anthropic: "sk-ant-1" }] },
      { apiKeys: [{ _id: "apiKeys:2", userId: "users:u" }] },
    );
    expect(comparison.differences).toEqual([{ path: "apiKeys[apiKeys:1].anthropic", kind: "missing", expected: "sk-ant-1" }]);
    expect(formatDifferences(comparison.differences)).toBe('  - apiKeys[apiKeys:1].anthropic: missing "sk-ant-1"');
  });

  test("formatDifferences caps its output and says how many it left out", () => {
    const comparison = compareValues({ a: 1, b: 2, c: 3 }, { a: 2, b: 3, c: 4 });
    const text = formatDifferences(comparison.differences, { max: 2 });
    expect(text.split("\n")).toHaveLength(3);
    expect(text).toContain("… and 1 more difference(s)");
  });
});

describe("compareValues on a table that was empty", () => {
  test("documents in a formerly empty table are keyed by label, not by index", () => {
    const comparison = compareValues({ apiKeys: [] }, { apiKeys: [{ _id: "apiKeys:1", userId: "users:u" }] });
    expect(comparison.differences.map((d) => d.path)).toEqual(["apiKeys[apiKeys:1]"]);
  });
});
