import { batchMigration, defineMigration } from "convex-migration-harness";
import { api, internal } from "./convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "backfillStatus",
  table: "chats",
  forward: batchMigration(internal.chats.backfillStatus),
  rollback: batchMigration(internal.chats.clearStatus),
  // Legacy chats have only the archived flag.
  dataset: { fields: { "chats.status": { presence: 0 } } },
  touches: ["chats"],
  // Each user lists their chats throughout; the index order is no promise (the client sorts).
  readPaths: [{ query: api.chats.mine, calls: (s) => s.tables.users.map((user) => ({ as: user })), unordered: true }],
});
