import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/**
 * Identities and the members that join them by a string (a member's
 * tokenIdentifier is an identity's subject), and uploads that hold system
 * ids in every position: required, optional, in an array, in union members.
 */
export default defineSchema({
  identities: defineTable({ subject: v.string(), displayName: v.string() }).index("by_subject", ["subject"]),
  members: defineTable({
    tokenIdentifier: v.string(),
    bio: v.optional(v.string()),
    memberId: v.optional(v.id("identities")),
    displayName: v.optional(v.string()),
    avatar: v.optional(v.id("_storage")),
  }).index("by_token", ["tokenIdentifier"]),
  uploads: defineTable({
    fileId: v.id("_storage"),
    thumbnails: v.array(v.id("_storage")),
    job: v.optional(v.id("_scheduled_functions")),
    source: v.union(
      v.object({ kind: v.literal("scheduled"), jobId: v.id("_scheduled_functions") }),
      v.object({ kind: v.literal("copied"), from: v.id("_storage") }),
    ),
    size: v.optional(v.number()),
  }),
});
