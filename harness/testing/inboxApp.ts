import fc from "fast-check";
import type { Dataset, DatasetDocument } from "../model/dataset.js";
import { ref } from "../model/dataset.js";
import { defineApp } from "../model/app.js";
import { batchMigration } from "../spec/migration.js";
import { docRef } from "../spec/docRef.js";
import { defineMigration } from "../spec/define.js";
import type { MigrationSpecOptions } from "../spec/types.js";
import schema from "./inbox/convex/schema.js";

/**
 * A small Convex app (harness/testing/inbox/convex) whose reads hand back
 * what real apps hand back: a user's settings row as the document itself,
 * and a user's chats in the order of an index on the field a migration
 * changes. The harness's live comparisons must not cry wolf on either.
 */
export const inboxApp = defineApp({ schema, modules: import.meta.glob("./inbox/convex/**/*.*s") });

/**
 * 1 to 3 users, a settings row for some of them (so an app write both
 * patches and inserts), and up to 6 chats, unfiled or archived.
 */
export function inboxDataset(): fc.Arbitrary<Dataset> {
  const chat = fc.record({ owner: fc.nat({ max: 2 }), title: fc.constantFrom("Plans", "Recipes", "Trip"), archived: fc.boolean() });
  return fc
    .record({ users: fc.integer({ min: 1, max: 3 }), rows: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), chats: fc.array(chat, { maxLength: 6 }) })
    .map(({ users, rows, chats }) => ({
      tables: {
        users: Array.from({ length: users }, (_, i): DatasetDocument => ({ name: `user ${i}` })),
        settings: rows.slice(0, users).flatMap((has, i): DatasetDocument[] => (has ? [{ userId: ref("users", i), theme: "dark" }] : [])),
        chats: chats.map(({ owner, title, archived }): DatasetDocument => ({ userId: ref("users", Math.min(owner, users - 1)), title, ...(archived ? { folder: "archive" } : {}) })),
      },
    }));
}

/** The font-size backfill, with users picking a theme while it runs and reading their row back. */
export function settingsSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration(inboxApp, {
    name: "backfillFontSize",
    table: "settings",
    forward: batchMigration("settings:backfillFontSize"),
    rollback: batchMigration("settings:unbackfillFontSize"),
    dataset: inboxDataset(),
    touches: ["settings"],
    appWrites: [{
      name: "setTheme",
      mutation: "settings:setTheme",
      args: fc.record({ userId: docRef("users"), theme: fc.constantFrom("solarized", "contrast") }),
      readBack: ({ userId }) => [{ query: "settings:get", args: { userId } }],
    }],
    batchSize: 2,
    ...overrides,
  });
}

/** Filing unfiled chats into "inbox", with every user's chat list read throughout. */
export function chatsSpec(overrides: Partial<MigrationSpecOptions> = {}) {
  return defineMigration(inboxApp, {
    name: "fileIntoInbox",
    table: "chats",
    forward: batchMigration("chats:fileIntoInbox"),
    rollback: batchMigration("chats:unfile"),
    dataset: inboxDataset(),
    touches: ["chats"],
    readPaths: [{ name: "chatList", query: "chats:list", args: (s) => s.tables.users.map((user) => ({ userId: user._id })) }],
    batchSize: 2,
    ...overrides,
  });
}
