import { v } from "convex/values";
import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation, mutation, query } from "./_generated/server";

/** What a row without a font size reads as, before and after the backfill. */
const DEFAULT_FONT_SIZE = 14;

/** The user's settings row as the app reads it (the ordinary Convex pattern: the document itself, defaults filled in). */
export const get = query({
  args: { userId: v.id("users") },
  handler: async (ctx, { userId }) => {
    const row = await ctx.db.query("settings").withIndex("by_user", (q) => q.eq("userId", userId)).first();
    return row === null ? null : { ...row, fontSize: row.fontSize ?? DEFAULT_FONT_SIZE };
  },
});

/** The user picks a theme: the row is patched, or inserted when the user has none yet. */
export const setTheme = mutation({
  args: { userId: v.id("users"), theme: v.string() },
  handler: async (ctx, { userId, theme }) => {
    const row = await ctx.db.query("settings").withIndex("by_user", (q) => q.eq("userId", userId)).first();
    if (row === null) await ctx.db.insert("settings", { userId, theme });
    else await ctx.db.patch(row._id, { theme });
    return null;
  },
});

/** Writes the default font size into every row that has none; one page per call. */
export const backfillFontSize = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("settings").paginate({ cursor, numItems: batchSize });
    for (const row of page) if (row.fontSize === undefined) await ctx.db.patch(row._id, { fontSize: DEFAULT_FONT_SIZE });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Takes the backfilled font size away again. */
export const unbackfillFontSize = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("settings").paginate({ cursor, numItems: batchSize });
    for (const row of page) if (row.fontSize === DEFAULT_FONT_SIZE) await ctx.db.patch(row._id, { fontSize: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** A broken backfill: it rewrites the whole row from what it read, theme included, so a theme picked meanwhile is lost. */
export const backfillResettingTheme = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("settings").paginate({ cursor, numItems: batchSize });
    for (const row of page) if (row.fontSize === undefined) await ctx.db.replace(row._id, { userId: row.userId, theme: "light", fontSize: DEFAULT_FONT_SIZE });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Gives every user without a settings row the default one; pages over users. */
export const createMissing = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("users").paginate({ cursor, numItems: batchSize });
    for (const user of page) {
      const row = await ctx.db.query("settings").withIndex("by_user", (q) => q.eq("userId", user._id)).first();
      if (row === null) await ctx.db.insert("settings", { userId: user._id, theme: "dark" });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
