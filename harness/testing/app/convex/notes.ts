import { v } from "convex/values";
import { mutation, query } from "./_generated/server";

/** The signed-in user's notes: what a real read path looks like (it reads ctx.auth). */
export const mine = query({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity();
    if (identity === null) throw new Error("not signed in");
    const user = await ctx.db.query("users").withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier)).unique();
    if (user === null) return [];
    const notes = await ctx.db.query("notes").withIndex("by_user", (q) => q.eq("userId", user._id)).collect();
    return notes.map((note) => note.text).sort();
  },
});

/** The signed-in user writes a note. */
export const add = mutation({
  args: { text: v.string() },
  handler: async (ctx, { text }) => {
    const identity = await ctx.auth.getUserIdentity();
    if (identity === null) throw new Error("not signed in");
    const user = await ctx.db.query("users").withIndex("by_token", (q) => q.eq("tokenIdentifier", identity.tokenIdentifier)).unique();
    if (user === null) throw new Error(`no user for ${identity.tokenIdentifier}`);
    await ctx.db.insert("notes", { userId: user._id, text });
    return null;
  },
});
