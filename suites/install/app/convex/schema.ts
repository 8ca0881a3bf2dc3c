import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// A small blog, written for the harness's install test: not the chat app.
export default defineSchema({
  authors: defineTable({ name: v.string(), handle: v.string(), handleLower: v.optional(v.string()), tokenIdentifier: v.optional(v.string()) })
    .index("by_token", ["tokenIdentifier"]),
  posts: defineTable({
    authorId: v.id("authors"),
    title: v.string(),
    slug: v.optional(v.string()),
    commentCount: v.optional(v.number()),
  }).index("by_author", ["authorId"]),
  comments: defineTable({ postId: v.id("posts"), text: v.string() }).index("by_post", ["postId"]),
});
