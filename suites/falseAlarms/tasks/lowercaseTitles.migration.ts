import { componentMigration, defineMigration } from "convex-migration-harness";
import { v } from "convex/values";
import { internal } from "./convex/_generated/api";
import { app } from "./app";
import { renames } from "./traffic";

export default defineMigration(app, {
  name: "lowercaseTitles",
  table: "tasks",
  forward: componentMigration(internal.migrations.lowercaseTitles, { runner: internal.migrations.runBatch }),
  rollback: componentMigration(internal.migrations.unlowercaseTitles, { runner: internal.migrations.runBatch }),
  // Legacy tasks have no lowercase title; titles are short (a form field), so the copy stays small.
  dataset: { fields: { "tasks.titleLower": { presence: 0 }, "tasks.title": { maxLength: 64 } } },
  touches: ["tasks"],
  // Contract: every task has its lowercase title, except those with a blank title, recorded as issues.
  target: { tasks: v.object({ projectId: v.id("projects"), title: v.string(), status: v.optional(v.string()), done: v.optional(v.boolean()), priority: v.optional(v.number()), titleLower: v.string() }) },
  targetExempt: { issues: "issues" },
  appWrites: renames,
});
