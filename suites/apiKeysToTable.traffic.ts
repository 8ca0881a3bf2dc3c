import fc from "fast-check";
import { internal } from "../convex/_generated/api";
import { providers } from "../convex/schema";
import { docRef, type MigrationSpecOptions, type Snapshot } from "convex-migration-harness";

/**
 * Live traffic for apiKeysToTable: what the app reads while the migration
 * runs (readPathStable) and what it writes between batches (concurrentWrites).
 */

/** Every user the data mentions, orphans included (ids of deleted users still reach getApiKeys). */
function everyUser(snapshot: Snapshot): Array<{ userId: string }> {
  const ids = new Set<string>();
  for (const user of snapshot.tables.users ?? []) ids.add(user._id);
  for (const table of ["userSettings", "apiKeys"]) {
    for (const doc of snapshot.tables[table] ?? []) if (typeof doc.userId === "string") ids.add(doc.userId);
  }
  return [...ids].map((userId) => ({ userId }));
}

/** getApiKeys for every user: the dual-read path must serve the same keys at every batch. */
export const apiKeysReadPaths: NonNullable<MigrationSpecOptions["readPaths"]> = [{ name: "getApiKeys", query: internal.apiKeys.getApiKeys, args: everyUser }];

/** A key a user saves; never empty (the app has no "remove key" write, and "" reads as no key). */
const newKey = fc.string({ minLength: 1, maxLength: 8 }).map((s) => `sk-new-${s}`);

export const apiKeysAppWrites: NonNullable<MigrationSpecOptions["appWrites"]> = [
  {
    // A user saves a key through the new write path (straight into apiKeys).
    name: "setApiKey",
    mutation: internal.apiKeys.setApiKey,
    args: fc.record({ userId: docRef("users"), provider: fc.constantFrom(...providers), key: newKey }),
    readBack: ({ userId }) => [{ query: internal.apiKeys.getApiKeys, args: { userId } }],
  },
  {
    // A user changes a setting: a patch of the very documents the migration pages over.
    name: "updateSettings",
    mutation: internal.apiKeys.updateSettings,
    args: fc.record({ userId: docRef("users"), theme: fc.constantFrom("light" as const, "dark" as const, "system" as const) }),
    readBack: ({ userId }) => [
      { query: internal.apiKeys.getSettings, args: { userId } },
      { query: internal.apiKeys.getApiKeys, args: { userId } },
    ],
  },
];
