import { describe, expect, test } from "vitest";
import { checkMigration } from "./check.js";
import { batchMigration } from "../spec/migration.js";
import fc from "fast-check";
import { chatsSpec, settingsSpec } from "../testing/inboxApp.js";
import { docRef } from "../spec/docRef.js";
import { formatFailure } from "../report/failure.js";

describe("concurrentWrites compares what the system mints by document, not by number", () => {
  test("a correct backfill passes though the app's read-back returns the settings row itself, inserted or patched", async () => {
    const result = await checkMigration(settingsSpec(), { invariant: "concurrentWrites", runs: 25, seed: 7 });
    expect(result.status === "failed" ? formatFailure(result) : result.status).toBe("passed");
  });

  test("a backfill that overwrites the user's theme is reported by the lost theme, not by a creation time", async () => {
    const spec = settingsSpec({ forward: batchMigration("settings:backfillResettingTheme") });
    const result = await checkMigration(spec, { invariant: "concurrentWrites", runs: 50, seed: 7 });
    expect(result.status).toBe("failed");
    const report = formatFailure(result as never);
    expect(report).toMatch(/theme/);
    expect(report).toMatch(/"light"/);
    expect(report).not.toMatch(/_creationTime/);
  });
});

describe("concurrentWrites does not care who inserted the row the app reads", () => {
  test("a migration that creates missing rows while the app upserts them passes, whichever inserted the row", async () => {
    const spec = settingsSpec({ name: "createMissingSettings", table: "users", forward: batchMigration("settings:createMissing"), rollback: undefined });
    const result = await checkMigration(spec, { invariant: "concurrentWrites", runs: 40, seed: 11 });
    expect(result.status === "failed" ? formatFailure(result) : result.status).toBe("passed");
  });
});

describe("concurrentWrites compares an unordered read-back as a multiset", () => {
  const startChat = (unordered?: boolean) => [{
    name: "startChat",
    mutation: "chats:create",
    args: fc.record({ userId: docRef("users"), title: fc.constantFrom("Plans", "News") }),
    readBack: ({ userId }: Record<string, unknown>) => [{ query: "chats:titles", args: { userId }, ...(unordered === undefined ? {} : { unordered }) }],
  }];

  test("a user's chat titles in the order of an index on the migrated field: unordered passes, the default sees the new order", async () => {
    const unordered = await checkMigration(chatsSpec({ appWrites: startChat(true) }), { invariant: "concurrentWrites", runs: 40, seed: 5 });
    expect(unordered.status === "failed" ? formatFailure(unordered) : unordered.status).toBe("passed");
    const ordered = await checkMigration(chatsSpec({ appWrites: startChat() }), { invariant: "concurrentWrites", runs: 40, seed: 5 });
    expect(ordered.status).toBe("failed");
  });
});
