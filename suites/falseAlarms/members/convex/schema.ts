import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// Members joined to the identities they signed in with by a string: a member's tokenIdentifier is an identity's subject.
export default defineSchema({
  identities: defineTable({ subject: v.string(), name: v.string() }).index("by_subject", ["subject"]),
  members: defineTable({
    tokenIdentifier: v.string(),
    role: v.union(v.literal("owner"), v.literal("member")),
    identityId: v.optional(v.id("identities")),
  }).index("by_token", ["tokenIdentifier"]),
});
