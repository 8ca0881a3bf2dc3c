import { describe, expect, test } from "vitest";
import { chatsSpec } from "../testing/inboxApp.js";
import { missingExports } from "./schemaChecks.js";

const byUser = (s: { tables: Record<string, Array<{ _id: string }>> }) => s.tables.users.map((user) => ({ userId: user._id }));

describe("an unordered read path must answer lists", () => {
  test("one whose query's `returns` validator is not a list is refused when its module is checked, naming the option", async () => {
    const spec = chatsSpec({ readPaths: [{ name: "chatCount", query: "chats:count", args: byUser, unordered: true }] });
    expect(await missingExports(spec.app, spec.functions)).toEqual([
      "`readPaths[0].query` is declared `unordered`, but chats:count returns number (its `returns` validator): only a list compares as a multiset; drop `unordered` or answer a list",
    ]);
  });

  test("a query without a `returns` validator, or returning a list, passes the check (a non-list answer fails at the first answer)", async () => {
    const spec = chatsSpec({
      readPaths: [
        { name: "chatList", query: "chats:list", args: byUser, unordered: true },
        { name: "chatCount", query: "chats:count", args: byUser },
      ],
    });
    expect(await missingExports(spec.app, spec.functions)).toEqual([]);
  });
});
