import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// A small task tracker whose three migrations all keep records in a ledger and an issues table.
export default defineSchema({
  projects: defineTable({ name: v.string() }),
  tasks: defineTable({
    projectId: v.id("projects"),
    title: v.string(),
    // Legacy: a free-text status; forward turns "done" into `done`.
    status: v.optional(v.string()),
    done: v.optional(v.boolean()),
    priority: v.optional(v.number()),
    titleLower: v.optional(v.string()),
  }).index("by_project", ["projectId"]),
  ledger: defineTable({ migration: v.string(), docId: v.string(), before: v.any(), undone: v.optional(v.boolean()) })
    .index("by_migration_doc", ["migration", "docId"]),
  issues: defineTable({ migration: v.string(), docId: v.string(), reason: v.string() }).index("by_migration_doc", ["migration", "docId"]),
});
