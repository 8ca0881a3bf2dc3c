import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/**
 * The chat tables of the app's schema (convex/schema.ts), as chatDataset
 * generates them: generators never import the app, so they hold a copy,
 * as they do of its providers. Seeding checks every dataset against the
 * app's own schema, so a copy that drifts from it fails every suite.
 */
export const chatTables = defineSchema({
  users: defineTable({
    name: v.string(),
    email: v.string(),
    tokenIdentifier: v.optional(v.string()),
  }),
  threads: defineTable({
    userId: v.id("users"),
    title: v.string(),
    clonedFrom: v.optional(v.id("threads")),
    forkedFrom: v.optional(v.id("threads")),
  }),
  messages: defineTable({
    threadId: v.id("threads"),
    role: v.union(v.literal("user"), v.literal("assistant"), v.literal("system")),
    content: v.string(),
    metadata: v.optional(v.any()),
  }),
  attachments: defineTable({
    threadId: v.id("threads"),
    messageId: v.optional(v.id("messages")),
    fileName: v.string(),
    size: v.number(),
  }),
});
