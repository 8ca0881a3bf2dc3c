/**
 * Fault (queryEquivalent): the guide's search-index query. The index is
 * queried without the user filter, so it takes the first 20 matches of all
 * users and filters by user afterwards: as soon as more than 20 threads
 * match, a user's own matches beyond the 20th are silently dropped (and other
 * users' threads crowd them out long before a user has 20 of their own).
 * Blank queries are answered as the correct query answers them, so that this
 * fault shows only the truncation (trimsBlankQuery has the guide's blank branch).
 */
import { v } from "convex/values";
import { internalQuery } from "../../../convex/_generated/server";

export const newQuery = internalQuery({
  args: { userId: v.id("users"), query: v.string() },
  handler: async (ctx, { userId, query }) => {
    if (!query.trim()) {
      const threads = await ctx.db.query("threads").withIndex("by_user", (q) => q.eq("userId", userId)).collect();
      return threads.filter((t) => t.title.toLowerCase().includes(query.toLowerCase()));
    }
    return ctx.db
      .query("threads")
      .withSearchIndex("by_title", (q) => q.search("title", query))
      .take(20)
      .then((res) => res.filter((t) => t.userId === userId));
  },
});
