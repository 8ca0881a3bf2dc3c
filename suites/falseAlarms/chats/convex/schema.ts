import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// Chats listed by an index whose key holds the field a migration fills: their order in it changes as it runs.
export default defineSchema({
  users: defineTable({ name: v.string() }),
  chats: defineTable({
    userId: v.id("users"),
    title: v.string(),
    archived: v.optional(v.boolean()),
    status: v.optional(v.union(v.literal("active"), v.literal("archived"))),
  }).index("by_user_status", ["userId", "status"]),
});
