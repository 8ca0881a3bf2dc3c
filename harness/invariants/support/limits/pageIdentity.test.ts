import { describe, expect, test } from "vitest";
import { pageIdentity } from "./pageIdentity.js";

const labels = new Map([
  ["t0;threads", "threads[0]"],
  ["t1;threads", "threads[1]"],
]);

/** A ledger entry as `.paginate()` returns it: a fresh id on every run. */
function entry(id: string, docId: string) {
  return { _id: id, _creationTime: id.length * 1000, migration: "m", table: "threads", docId, action: "quarantined" };
}

describe("page identity", () => {
  test("a seeded document is its dataset label", () => {
    const page = pageIdentity([{ table: "threads", ids: ["t0;threads"], documents: [{ _id: "t0;threads", title: "a" }] }], labels);
    expect(page).toEqual({ shown: "threads[0]", key: "threads[0]" });
  });

  test("a created document is named by its content, so the same entry on another run has the same key", () => {
    const run1 = pageIdentity([{ table: "migrationLedger", ids: ["e1"], documents: [entry("e1", "t0;threads")] }], labels);
    const run2 = pageIdentity([{ table: "migrationLedger", ids: ["e9"], documents: [entry("e9", "t0;threads")] }], labels);
    const other = pageIdentity([{ table: "migrationLedger", ids: ["e1"], documents: [entry("e1", "t1;threads")] }], labels);
    expect(run1?.shown).toBe("new migrationLedger → threads[0]");
    expect(run1?.key).toBe(run2?.key);
    expect(other?.key).not.toBe(run1?.key);
  });

  test("no page: null", () => {
    expect(pageIdentity([], labels)).toBeNull();
  });
});
