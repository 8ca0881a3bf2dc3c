import { batchMigration, defineMigration } from "convex-migration-harness";
import { fromSchema } from "convex-migration-harness/generators";
import { v } from "convex/values";
import { internal } from "../../convex/_generated/api";
import { app } from "./app";

export default defineMigration(app, {
  name: "lowercaseHandles",
  table: "authors",
  forward: batchMigration(internal.migrations.lowercaseHandles.forward),
  rollback: batchMigration(internal.migrations.lowercaseHandles.rollback),
  dataset: fromSchema(app.schema, { batchSize: 3 }),
  touches: ["authors"],
  target: { authors: v.object({ name: v.string(), handle: v.string(), handleLower: v.string(), tokenIdentifier: v.optional(v.string()) }) },
});
