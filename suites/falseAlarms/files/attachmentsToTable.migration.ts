import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "./convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "attachmentsToTable",
  table: "messages",
  forward: batchMigration(internal.attachments.toTable),
  rollback: batchMigration(internal.attachments.fromTable),
  // Legacy attachment rows were never created by this migration.
  dataset: { fields: { "attachments.fromLegacy": { presence: 0 } } },
  touches: ["messages", "attachments"],
});
