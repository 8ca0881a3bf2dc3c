import fc from "fast-check";
import { internal } from "../convex/_generated/api";
import { docRef, type MigrationSpecOptions, type Snapshot } from "convex-migration-harness";

/**
 * Live traffic for the userSettings migrations (dropSaveRegenerationHistory,
 * backfillImageGenerationDefaults): the app keeps reading and changing a
 * user's theme while they page over the very same documents.
 */

function everyUser(snapshot: Snapshot): Array<{ userId: string }> {
  return (snapshot.tables.users ?? []).map((user) => ({ userId: user._id }));
}

/** getSettings for every user: the theme must read the same at every batch. */
export const settingsReadPaths: NonNullable<MigrationSpecOptions["readPaths"]> = [{ name: "getSettings", query: internal.apiKeys.getSettings, args: everyUser }];

/** A user changes their theme between two batches (a patch, or an insert for a user without settings). */
export const settingsAppWrites: NonNullable<MigrationSpecOptions["appWrites"]> = [
  {
    name: "updateSettings",
    mutation: internal.apiKeys.updateSettings,
    args: fc.record({ userId: docRef("users"), theme: fc.constantFrom("light" as const, "dark" as const, "system" as const) }),
    readBack: ({ userId }) => [{ query: internal.apiKeys.getSettings, args: { userId } }],
  },
];
