import { defineSchema, defineTable } from "convex/server";
import { v } from "convex/values";

/**
 * The chat app's schema during expand/contract: every table accepts both the
 * legacy shape and the new one, so that the app keeps working at every batch
 * of a migration. Each migration's `target` validators (in suites/) describe
 * the contract phase that the harness checks migrated documents against.
 */

/** Providers whose keys a user can store. Every legacy key has one. */
export const providers = ["openai", "anthropic", "google", "openrouter"] as const;
export type Provider = (typeof providers)[number];

export const imageGeneration = v.object({
  model: v.string(),
  size: v.string(),
  quality: v.string(),
});

export default defineSchema({
  users: defineTable({
    name: v.string(),
    email: v.string(),
    tokenIdentifier: v.optional(v.string()),
  }).index("by_token", ["tokenIdentifier"]),

  userSettings: defineTable({
    userId: v.id("users"),
    theme: v.optional(v.union(v.literal("light"), v.literal("dark"), v.literal("system"))),
    // Legacy: a JSON blob of provider -> key, usually encrypted, sometimes not.
    encryptedApiKeys: v.optional(v.string()),
    // Legacy: plain-text keys from before the blob existed.
    openaiKey: v.optional(v.string()),
    anthropicKey: v.optional(v.string()),
    // Deprecated (phase 4 drops it; kept optional so old documents validate).
    saveRegenerationHistory: v.optional(v.boolean()),
    // Added by a backfill; legacy documents may hold anything here.
    imageGeneration: v.optional(v.any()),
    preferences: v.optional(v.record(v.string(), v.string())),
  }).index("by_user", ["userId"]),

  /** New home of API keys: one row per user, each provider's key encrypted on its own. */
  apiKeys: defineTable({
    userId: v.id("users"),
    openai: v.optional(v.string()),
    anthropic: v.optional(v.string()),
    google: v.optional(v.string()),
    openrouter: v.optional(v.string()),
  }).index("by_user", ["userId"]),

  threads: defineTable({
    userId: v.id("users"),
    title: v.string(),
    clonedFrom: v.optional(v.id("threads")),
    forkedFrom: v.optional(v.id("threads")),
  })
    .index("by_user", ["userId"])
    // Rollbacks that re-create a thread rewrite the threads that point to it
    // (quarantineOrphans) with an indexed lookup, never a table scan.
    .index("by_clonedFrom", ["clonedFrom"])
    .index("by_forkedFrom", ["forkedFrom"])
    .searchIndex("by_title", { searchField: "title", filterFields: ["userId"] }),

  messages: defineTable({
    threadId: v.id("threads"),
    role: v.union(v.literal("user"), v.literal("assistant"), v.literal("system")),
    content: v.string(),
    metadata: v.optional(v.any()),
  }).index("by_thread", ["threadId"]),

  attachments: defineTable({
    threadId: v.id("threads"),
    messageId: v.optional(v.id("messages")),
    fileName: v.string(),
    size: v.number(),
  })
    .index("by_thread", ["threadId"])
    .index("by_message", ["messageId"]),

  /**
   * What a migration changed, so that its rollback restores exactly that and
   * nothing else (e.g. which apiKeys rows it created, which fields it removed).
   */
  migrationLedger: defineTable({
    migration: v.string(),
    table: v.string(),
    docId: v.string(),
    action: v.string(),
    before: v.optional(v.any()),
  })
    .index("by_migration_doc", ["migration", "docId"])
    .index("by_migration", ["migration"]),

  /** Documents a migration could not interpret: left in place, recorded here. */
  migrationIssues: defineTable({
    migration: v.string(),
    table: v.string(),
    docId: v.string(),
    reason: v.string(),
  }).index("by_migration_doc", ["migration", "docId"]),

  /** Orphans moved aside by quarantineOrphans, with their original document. */
  quarantine: defineTable({
    table: v.string(),
    originalId: v.string(),
    document: v.any(),
    reason: v.string(),
  }).index("by_original", ["originalId"]),
});
