import { describe, expect, test } from "vitest";
import { checkMigration } from "./check.js";
import { batchMigration } from "../spec/migration.js";
import { chatsSpec } from "../testing/inboxApp.js";
import { formatFailure } from "../report/failure.js";
import type { FailedResult } from "../model/result.js";

const chatList = (unordered?: boolean) => [{ name: "chatList", query: "chats:list", args: (s: any) => s.tables.users.map((user: any) => ({ userId: user._id })), ...(unordered === undefined ? {} : { unordered }) }];

describe("readPathStable compares an unordered read path as a multiset", () => {
  test("a list in the order of an index on the migrated field fails by default: order is often the contract", async () => {
    const result = await checkMigration(chatsSpec(), { invariant: "readPathStable", runs: 40, seed: 3 });
    expect(result.status).toBe("failed");
    expect((result as FailedResult).failure.summary).toMatch(/^chatList\(\{ userId: users\[\d\] \}\) answers differently after forward batch/);
  });

  test("declared unordered, the same list passes though the migration reorders it", async () => {
    const result = await checkMigration(chatsSpec({ readPaths: chatList(true) }), { invariant: "readPathStable", runs: 40, seed: 3 });
    expect(result.status === "failed" ? formatFailure(result) : result.status).toBe("passed");
  });

  test("declared unordered, a list of plain values passes though the migration reorders it", async () => {
    const titles = [{ name: "titles", query: "chats:titles", args: (s: any) => s.tables.users.map((user: any) => ({ userId: user._id })), unordered: true }];
    const result = await checkMigration(chatsSpec({ readPaths: titles }), { invariant: "readPathStable", runs: 40, seed: 3 });
    expect(result.status === "failed" ? formatFailure(result) : result.status).toBe("passed");
    const ordered = await checkMigration(chatsSpec({ readPaths: [{ ...titles[0], unordered: false }] }), { invariant: "readPathStable", runs: 40, seed: 3 });
    expect(ordered.status).toBe("failed");
  });

  test("declared unordered, a migration that changes an element still fails, naming the element", async () => {
    const spec = chatsSpec({ readPaths: chatList(true), forward: batchMigration("chats:fileDroppingTitle") });
    const result = await checkMigration(spec, { invariant: "readPathStable", runs: 40, seed: 3 });
    expect(result.status).toBe("failed");
    expect(formatFailure(result as FailedResult)).toMatch(/title: expected "(Plans|Recipes|Trip)", got ""/);
  });

  test("an unordered read path whose answer is not a list is an error naming it", async () => {
    const spec = chatsSpec({ readPaths: [{ name: "chatCount", query: "chats:count", args: (s) => s.tables.users.map((user) => ({ userId: user._id })), unordered: true }] });
    const result = await checkMigration(spec, { invariant: "readPathStable", runs: 5, seed: 3 });
    expect(result.status).toBe("failed");
    expect((result as FailedResult).failure.summary).toMatch(
      /readPaths "chatCount" is declared `unordered` but chatCount\(\{ userId: users\[0\] \}\) answered 0, not an array/,
    );
  });

  test("`unordered` must be a boolean, at declaration", () => {
    expect(() => chatsSpec({ readPaths: chatList("yes" as never) })).toThrow(/`readPaths\[0\]\.unordered` must be true or false/);
  });
});
