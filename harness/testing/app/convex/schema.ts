import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/** Users and their notes; a note gains a `slug` through the fixture's migration. */
export default defineSchema({
  users: defineTable({ name: v.string(), tokenIdentifier: v.optional(v.string()) }).index("by_token", ["tokenIdentifier"]),
  notes: defineTable({
    userId: v.id("users"),
    text: v.string(),
    slug: v.optional(v.string()),
    tags: v.optional(v.array(v.string())),
    // Anything a note carries along: where int64, bytes and special floats can be.
    meta: v.optional(v.any()),
  }).index("by_user", ["userId"]),
});
