import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "./convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "renamePayload",
  table: "documents",
  forward: batchMigration(internal.documents.renamePayload),
  rollback: batchMigration(internal.documents.restorePayload),
  // Legacy documents have no body; their values are as deep and wide as Convex allows.
  dataset: { fields: { "documents.body": { presence: 0 } }, maxDepth: 6, maxLength: 24 },
  touches: ["documents"],
});
