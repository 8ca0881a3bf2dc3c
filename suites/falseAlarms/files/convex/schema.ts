import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// Messages whose single legacy attachment (a stored file) moves to a table of its own; reminders are scheduled functions.
export default defineSchema({
  messages: defineTable({ body: v.string(), attachment: v.optional(v.id("_storage")) }),
  attachments: defineTable({
    messageId: v.id("messages"),
    storageId: v.id("_storage"),
    contentType: v.optional(v.string()),
    // Set on the rows forward created from a legacy attachment: what rollback moves back.
    fromLegacy: v.optional(v.boolean()),
  })
    .index("by_message", ["messageId"])
    .index("by_message_legacy", ["messageId", "fromLegacy"]),
  reminders: defineTable({ messageId: v.id("messages"), job: v.id("_scheduled_functions"), followUps: v.optional(v.array(v.id("_scheduled_functions"))) }),
});
