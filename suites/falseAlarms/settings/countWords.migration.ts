import fc from "fast-check";
import { batchMigration, defineMigration, docRef } from "convex-migration-harness";
import { api, internal } from "./convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "countWords",
  table: "notes",
  forward: batchMigration(internal.notes.countWords),
  rollback: batchMigration(internal.notes.uncountWords),
  // Legacy notes have no word count; a user has at most one settings row.
  dataset: { fields: { "notes.words": { presence: 0 } }, tables: { settings: { unique: ["by_user"] } } },
  touches: ["notes"],
  // Each user reads their settings row, whole, while notes migrate.
  readPaths: [{ query: api.settings.mine, calls: (s) => s.tables.users.map((user) => ({ as: user })) }],
  // A user changes their theme (the first time, the row is created) between batches.
  appWrites: [{
    name: "setTheme",
    mutation: api.settings.setTheme,
    args: fc.record({ theme: fc.constantFrom("light", "dark") }),
    as: docRef("users"),
    readBack: () => [{ query: api.settings.mine, args: {} }],
  }],
});
