import { componentMigration, defineMigration } from "convex-migration-harness";
import { internal } from "./convex/_generated/api";
import { app } from "./app";
import { renames } from "./traffic";

export default defineMigration(app, {
  name: "backfillPriority",
  table: "tasks",
  forward: componentMigration(internal.migrations.backfillPriority, { runner: internal.migrations.runBatch }),
  rollback: componentMigration(internal.migrations.unbackfillPriority, { runner: internal.migrations.runBatch }),
  // Legacy tasks have no priority yet.
  dataset: { fields: { "tasks.priority": { presence: 0 } } },
  touches: ["tasks"],
  appWrites: renames,
});
