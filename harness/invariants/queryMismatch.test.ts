import { describe, expect, test } from "vitest";
import { idsOfDocuments } from "../spec/integrityOptions.js";
import { queryMismatches } from "./support/queryMismatch.js";

describe("queryMismatches", () => {
  test("equal results, in any order once normalized, are no mismatch", () => {
    const old = idsOfDocuments([{ _id: "b" }, { _id: "a" }]);
    const now = idsOfDocuments([{ _id: "a" }, { _id: "b" }]);
    expect(queryMismatches([{ q: "x" }], [old], [now])).toEqual([]);
  });

  test("id lists differ as multisets, with the documents described", () => {
    const [mismatch] = queryMismatches([{ q: "x" }], [["a", "b", "b"]], [["b", "c"]], (id) => `doc ${id}`);
    expect(mismatch.missing).toEqual(["a", "b"]);
    expect(mismatch.extra).toEqual(["c"]);
    expect(mismatch.lines).toEqual([
      'args {"q":"x"}: old returned 3, new returned 2',
      "missing from new: 2", "  doc a", "  doc b",
      "only in new: 1", "  doc c",
    ]);
  });

  test("other values are diffed", () => {
    const [mismatch] = queryMismatches([{}], [{ total: 2 }], [{ total: 3 }]);
    expect(mismatch.lines[0]).toBe("args {}:");
    expect(mismatch.lines.join("\n")).toContain("total");
  });
});
