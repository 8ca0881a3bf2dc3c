import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

// Documents with deep and wide values of any shape: a migration renames the field that holds them.
export default defineSchema({
  documents: defineTable({
    title: v.string(),
    payload: v.optional(v.any()),
    body: v.optional(v.any()),
    meta: v.record(v.string(), v.any()),
    history: v.optional(v.array(v.object({ at: v.number(), change: v.any() }))),
  }),
});
