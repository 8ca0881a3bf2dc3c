import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/**
 * Users, one settings row each (or none yet), and their chats listed by
 * folder: the shapes that make raw documents and index order reach the
 * harness's live comparisons.
 */
export default defineSchema({
  users: defineTable({ name: v.string() }),
  settings: defineTable({ userId: v.id("users"), theme: v.string(), fontSize: v.optional(v.number()) }).index("by_user", ["userId"]),
  chats: defineTable({ userId: v.id("users"), title: v.string(), folder: v.optional(v.string()) }).index("by_user_folder", ["userId", "folder"]),
});
