import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { describeDocRefs, docRef, fanOut, NoSuchDocument, resolveDocRefs } from "./docRef.js";

const ids = { users: ["u0", "u1", "u2"], apiKeys: [] as string[] };

describe("document references in app write arguments", () => {
  test("an index is taken modulo the table's size", () => {
    const args = { userId: { __doc: ["users", 4] }, nested: [{ __doc: ["users", 0] }], key: "k" };
    expect(resolveDocRefs(args, ids)).toEqual({ userId: "u1", nested: ["u0"], key: "k" });
    expect(describeDocRefs(args, ids)).toEqual({ userId: "users[1]", nested: ["users[0]"], key: "k" });
  });

  test("`each` fans a write out over every document of the table", () => {
    const args = { userId: { __doc: ["users", "each"] } };
    const targets = fanOut(args, ids);
    expect(targets.map(({ at }) => resolveDocRefs(args, ids, at))).toEqual([{ userId: "u0" }, { userId: "u1" }, { userId: "u2" }]);
    expect(fanOut({ userId: { __doc: ["users", 2] } }, ids)).toEqual([{ args: { userId: { __doc: ["users", 2] } }, at: null }]);
  });

  test("a reference into an empty table has no target", () => {
    expect(() => resolveDocRefs({ id: { __doc: ["apiKeys", 0] } }, ids)).toThrow(NoSuchDocument);
    expect(fanOut({ id: { __doc: ["apiKeys", "each"] } }, ids)).toEqual([]);
  });

  test("docRef shrinks to `each`", () => {
    // A property that always fails: what it shrinks to is docRef's smallest value.
    const shrunk = fc.check(fc.property(docRef("users"), () => false), { seed: 3 });
    expect((shrunk.counterexample![0] as { __doc: unknown[] }).__doc[1]).toBe("each");
  });
});
