/**
 * Fault (queryEquivalent): the guide's blank-query branch. `!query.trim()`
 * lists every thread of the user for "  " too, where the old filter
 * (`title.includes("  ")`) found only titles holding two spaces: typing a
 * space into the search box now shows every thread.
 */
import { v } from "convex/values";
import { internalQuery } from "../../../convex/_generated/server";

export const newQuery = internalQuery({
  args: { userId: v.id("users"), query: v.string() },
  handler: async (ctx, { userId, query }) => {
    if (!query.trim()) return ctx.db.query("threads").withIndex("by_user", (q) => q.eq("userId", userId)).collect();
    return ctx.db
      .query("threads")
      .withSearchIndex("by_title", (q) => q.search("title", query).eq("userId", userId))
      .collect();
  },
});
