import { describe, expect, test } from "vitest";
import { ref, type Dataset } from "../../../model/dataset.js";
import { childTables, copiesFor, growChildren, replicate } from "./replicate.js";

const dataset: Dataset = {
  tables: {
    users: [{ name: "a" }, { name: "b" }],
    userSettings: [{ userId: ref("users", 1) }, { userId: ref("users", 0), nested: [ref("users", 1)] }],
  },
  deleted: [{ table: "users", index: 0 }],
};

describe("replicate", () => {
  test("keeps the originals first and points each copy's references into the same copy", () => {
    const large = replicate(dataset, 3);
    expect(large.tables.users).toHaveLength(6);
    expect(large.tables.userSettings.slice(0, 2)).toEqual(dataset.tables.userSettings);
    expect(large.tables.userSettings[2]).toEqual({ userId: ref("users", 3) });
    expect(large.tables.userSettings[5]).toEqual({ userId: ref("users", 4), nested: [ref("users", 5)] });
    expect(large.deleted).toEqual([{ table: "users", index: 0 }, { table: "users", index: 2 }, { table: "users", index: 4 }]);
  });

  test("copiesFor reaches the target size, never below the minimum", () => {
    expect(copiesFor(dataset, "userSettings", 9, 1)).toBe(5);
    expect(copiesFor(dataset, "userSettings", 1, 4)).toBe(4);
    expect(copiesFor({ tables: { userSettings: [] } }, "userSettings", 100, 4)).toBe(4);
  });

  test("rejects a copy count that is not a positive integer", () => {
    expect(() => replicate(dataset, 0)).toThrow(/copies must be a positive integer/);
  });
});

describe("growChildren", () => {
  const threads: Dataset = {
    tables: {
      users: [{ name: "a" }],
      threads: [{ userId: ref("users", 0) }, { userId: ref("users", 0), clonedFrom: ref("threads", 0) }],
      messages: [{ threadId: ref("threads", 1) }],
    },
    deleted: [{ table: "messages", index: 0 }],
    patches: [{ table: "threads", index: 0, fields: { clonedFrom: ref("threads", 1) } }],
  };

  test("multiplies the children of each parent, the copies pointing to the same parents", () => {
    const grown = growChildren(threads, new Set(["messages"]), 3, { messages: 1 });
    expect(grown.tables.messages).toEqual([0, 1, 2].map(() => ({ threadId: ref("threads", 1) })));
    expect(grown.tables.threads).toEqual(threads.tables.threads);
    expect(grown.deleted).toEqual([0, 1, 2].map((index) => ({ table: "messages", index })));
  });

  test("copies only the original documents, with their patches", () => {
    const grown = growChildren(replicate(threads, 2), new Set(["threads"]), 2, { threads: 2 });
    expect(grown.tables.threads).toHaveLength(6);
    expect(grown.tables.threads[4]).toEqual(threads.tables.threads[0]);
    expect(grown.patches).toContainEqual({ table: "threads", index: 4, fields: { clonedFrom: ref("threads", 1) } });
  });

  test("childTables: the paged table's siblings and its children; without one, every table that references", () => {
    expect(childTables(threads, "threads")).toEqual(new Set(["threads", "messages"]));
    expect(childTables(threads, "messages")).toEqual(new Set(["messages"]));
    expect(childTables(threads, "users")).toEqual(new Set(["threads"]));
    expect(childTables(threads, undefined)).toEqual(new Set(["threads", "messages"]));
  });
});
