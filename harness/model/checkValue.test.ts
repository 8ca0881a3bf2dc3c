import { v } from "convex/values";
import { expect, test } from "vitest";
import { checkValue, fitsDataset } from "./checkValue.js";
import { ref } from "./dataset.js";

const owner = (id: string) => (id.startsWith("u") ? "users" : undefined);

test("a snapshot value: ids are strings a table owns, markers are plain objects", () => {
  const validator = v.object({ userId: v.id("users"), name: v.string() });
  expect(checkValue(validator, { userId: "u1", name: "n" }, "", owner)).toEqual([]);
  expect(checkValue(v.id("threads"), "u1", "threadId", owner)).toEqual([{ path: "threadId", message: "expected an id of threads, got an id of users" }]);
  expect(checkValue(validator, { userId: ref("users", 0), name: { __encrypt: "secret" } }, "", owner).map((p) => p.message)).toEqual([
    "expected an id of users, got an object",
    "expected a string, got an object",
  ]);
});

test("a dataset value: references are markers of their table, ciphertext a marker where a string goes", () => {
  const validator = v.object({ userId: v.id("users"), name: v.string() });
  expect(fitsDataset(validator, { userId: ref("users", 0), name: { __encrypt: "secret" } })).toBe(true);
  expect(fitsDataset(validator, { userId: ref("threads", 0), name: "n" })).toBe(false);
  expect(fitsDataset(v.object({ nested: v.object({}) }), { nested: ref("users", 0) })).toBe(false);
});

test("commitTs holds an int64, as the generators make it", () => {
  expect(checkValue(v.object({ at: v.commitTs() }), { at: 1n }, "", owner)).toEqual([]);
  expect(fitsDataset(v.commitTs(), 1)).toBe(false);
});
