import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// Users with a settings row each (read whole, as the ordinary Convex pattern does) and notes whose words a migration counts.
export default defineSchema({
  users: defineTable({ name: v.string() }),
  settings: defineTable({ userId: v.id("users"), theme: v.string() }).index("by_user", ["userId"]),
  notes: defineTable({ userId: v.id("users"), text: v.string(), words: v.optional(v.number()) }),
});
