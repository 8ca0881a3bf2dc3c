import { v } from "convex/values";
import { mutation, query, type QueryCtx } from "./_generated/server";

async function me(ctx: QueryCtx) {
  const identity = await ctx.auth.getUserIdentity();
  return identity === null ? null : ctx.db.normalizeId("users", identity.subject);
}

/** The signed-in user's settings row, as it is stored. */
export const mine = query({
  args: {},
  handler: async (ctx) => {
    const userId = await me(ctx);
    if (userId === null) return null;
    return await ctx.db.query("settings").withIndex("by_user", (q) => q.eq("userId", userId)).first();
  },
});

/** Sets the signed-in user's theme, creating their settings row the first time. */
export const setTheme = mutation({
  args: { theme: v.string() },
  handler: async (ctx, { theme }) => {
    const userId = await me(ctx);
    if (userId === null) throw new Error("not signed in");
    const row = await ctx.db.query("settings").withIndex("by_user", (q) => q.eq("userId", userId)).first();
    if (row) await ctx.db.patch(row._id, { theme });
    else await ctx.db.insert("settings", { userId, theme });
  },
});
