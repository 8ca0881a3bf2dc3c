import { v } from "convex/values";
import type { Doc, Id } from "./_generated/dataModel";
import { internalQuery, type QueryCtx } from "./_generated/server";

/**
 * Thread title search, before and after the index evolution of the guide
 * (threadSearch). Both stay deployed during the rollout so that the harness
 * can check that the new one returns what the old one did, for every user
 * and query. They take the user's id as an argument; the app's public
 * queries wrap them with authentication.
 */
const searchArgs = { userId: v.id("users"), query: v.string() };

/**
 * Before: every thread of the user, filtered by a case-insensitive substring
 * match on the title, as in the guide. Reads all of the user's threads.
 */
export const searchByFilter = internalQuery({
  args: searchArgs,
  handler: async (ctx, { userId, query }) => {
    return filterByTitle(await threadsOf(ctx, userId), query);
  },
});

/**
 * After: the search index, with the user as a filter field, so that the
 * index returns only the user's threads. The guide instead takes the first 20
 * results of all users and filters by user afterwards, which drops the
 * user's matches whenever other threads rank ahead of them (see
 * suites/faults/threadSearch/takesTwentyThenFilters.ts).
 *
 * A query with no word in it has no token to search for: it is answered as
 * the old query answered it, by filtering the user's threads ("" matches
 * every title, "  " the titles holding two spaces). The guide lists every
 * thread for any blank query, which changes what "  " returns; the harness
 * found that (suites/faults/threadSearch/trimsBlankQuery.ts). Convex returns
 * at most 1,024 search results per query; a user with more matching threads
 * needs pagination.
 */
export const search = internalQuery({
  args: searchArgs,
  handler: async (ctx, { userId, query }): Promise<Doc<"threads">[]> => {
    if (query.trim() === "") return filterByTitle(await threadsOf(ctx, userId), query);
    return ctx.db
      .query("threads")
      .withSearchIndex("by_title", (q) => q.search("title", query).eq("userId", userId))
      .collect();
  },
});

function threadsOf(ctx: QueryCtx, userId: Id<"users">): Promise<Doc<"threads">[]> {
  return ctx.db
    .query("threads")
    .withIndex("by_user", (q) => q.eq("userId", userId))
    .collect();
}

function filterByTitle(threads: Doc<"threads">[], query: string): Doc<"threads">[] {
  const needle = query.toLowerCase();
  return threads.filter((thread) => thread.title.toLowerCase().includes(needle));
}
