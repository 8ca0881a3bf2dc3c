import { describe, expect, test } from "vitest";
import { ref, type Dataset } from "../../../generators/dataset.js";
import { copiesFor, replicate } from "./replicate.js";

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
