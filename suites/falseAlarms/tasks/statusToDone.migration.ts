import { componentMigration, defineMigration } from "convex-migration-harness";
import { internal } from "./convex/_generated/api";
import { app } from "./app";
import { renames } from "./traffic";

export default defineMigration(app, {
  name: "statusToDone",
  table: "tasks",
  forward: componentMigration(internal.migrations.statusToDone, { runner: internal.migrations.runBatch }),
  rollback: componentMigration(internal.migrations.unstatusToDone, { runner: internal.migrations.runBatch }),
  // Legacy tasks have a status and no `done` yet.
  dataset: { fields: { "tasks.done": { presence: 0 } } },
  touches: ["tasks"],
  appWrites: renames,
});
