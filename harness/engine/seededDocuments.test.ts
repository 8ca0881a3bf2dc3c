import { describe, expect, test } from "vitest";
import { ref, type Dataset } from "../model/dataset.js";
import { SeededDocuments } from "./seededDocuments.js";

describe("the seeded documents a read-back looks up", () => {
  const dataset: Dataset = {
    tables: { posts: [{ title: "a" }, { title: "b" }], comments: [{ postId: ref("posts", 1), text: "x", tags: [ref("posts", 0)] }] },
    patches: [{ table: "posts", index: 0, fields: { pinned: ref("comments", 0) } }],
  };
  const ids = { posts: ["p0", "p1"], comments: ["c0"] };

  test("gives a document by id with its references as real ids, so a write's parent can be followed", () => {
    const { doc } = new SeededDocuments(dataset, ids);
    expect(doc("c0")).toEqual({ _id: "c0", postId: "p1", text: "x", tags: ["p0"] });
    expect(doc(doc("c0")!.postId as string)).toEqual({ _id: "p1", title: "b" });
  });

  test("applies the dataset's patches, and knows no id it did not seed", () => {
    const seeded = new SeededDocuments(dataset, ids);
    expect(seeded.doc("p0")).toEqual({ _id: "p0", title: "a", pinned: "c0" });
    expect(seeded.doc("nope")).toBeUndefined();
  });
});
