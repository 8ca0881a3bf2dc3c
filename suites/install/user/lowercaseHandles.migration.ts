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
  // Legacy authors have no handleLower yet: forward adds it, rollback removes it.
  // Handles are short (the sign-up form allows 32 characters): forward copies
  // each one, which a handle of hundreds of KiB would push past 1 MiB.
  dataset: fromSchema(app.schema, {
    batchSize: 3,
    fields: { "authors.handleLower": { presence: 0 }, "authors.handle": { maxLength: 32 } },
  }),
  touches: ["authors"],
  target: { authors: v.object({ name: v.string(), handle: v.string(), handleLower: v.string(), tokenIdentifier: v.optional(v.string()) }) },
});
