import { query } from "./_generated/server";

/** The signed-in author's post slugs. */
export const mine = query({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity();
    if (!identity) throw new Error("not signed in");
    const author = await ctx.db.query("authors").withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier)).unique();
    if (!author) return [];
    const posts = await ctx.db.query("posts").withIndex("by_author", (q) => q.eq("authorId", author._id)).collect();
    return posts.map((p) => p.title).sort();
  },
});
