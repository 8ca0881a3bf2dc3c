import { batchMigration, defineMigration } from "convex-migration-harness";
import { internal } from "./convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "renamePayload",
  table: "documents",
  forward: batchMigration(internal.documents.renamePayload),
  rollback: batchMigration(internal.documents.restorePayload),
  // Legacy documents have no body. Size pressure makes some values as deep (16) and wide (8,192) as Convex allows.
  dataset: { fields: { "documents.body": { presence: 0 } }, maxDepth: 4 },
  touches: ["documents"],
});
