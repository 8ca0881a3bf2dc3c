import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/**
 * A test schema shaped like the foreign apps whose coverage checks failed
 * correct migrations: arrays and `v.any()` payloads (the only places array,
 * field and depth pressure can go), nested optional objects, and optional
 * references to a table that `only: ["chats"]` leaves out (members), which
 * can then never be present, nor fan out.
 */
export const inboxSchema = defineSchema({
  members: defineTable({ name: v.string(), tokenIdentifier: v.string() }),
  sessions: defineTable({ memberId: v.optional(v.id("members")), token: v.string() }),
  chats: defineTable({
    sessionId: v.id("sessions"),
    ownerId: v.optional(v.id("members")),
    title: v.optional(v.string()),
    tags: v.array(v.number()),
    payload: v.optional(v.any()),
    settings: v.object({ theme: v.optional(v.string()), layout: v.optional(v.object({ columns: v.optional(v.number()) })) }),
  }),
});
