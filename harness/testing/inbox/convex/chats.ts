import { v } from "convex/values";
import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation, mutation, query } from "./_generated/server";

/**
 * A user's chats in the order of the folder index: the client re-sorts them
 * by time, so the order here is not part of the app's contract.
 */
export const list = query({
  args: { userId: v.id("users") },
  handler: async (ctx, { userId }) => {
    const chats = await ctx.db.query("chats").withIndex("by_user_folder", (q) => q.eq("userId", userId)).collect();
    return chats.map((chat) => ({ _id: chat._id, title: chat.title }));
  },
});

/** The titles of a user's chats, in the same index order: a list of plain values. */
export const titles = query({
  args: { userId: v.id("users") },
  handler: async (ctx, { userId }) =>
    (await ctx.db.query("chats").withIndex("by_user_folder", (q) => q.eq("userId", userId)).collect()).map((chat) => chat.title),
});

/** The user starts a chat: it has no folder yet. */
export const create = mutation({
  args: { userId: v.id("users"), title: v.string() },
  handler: async (ctx, { userId, title }) => {
    await ctx.db.insert("chats", { userId, title });
    return null;
  },
});

/** How many chats the user has: a read path whose answer is not a list. */
export const count = query({
  args: { userId: v.id("users") },
  returns: v.number(),
  handler: async (ctx, { userId }) => (await ctx.db.query("chats").withIndex("by_user_folder", (q) => q.eq("userId", userId)).collect()).length,
});

/** Files every chat without a folder into "inbox": the index order of a user's chats changes as it goes. */
export const fileIntoInbox = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("chats").paginate({ cursor, numItems: batchSize });
    for (const chat of page) if (chat.folder === undefined) await ctx.db.patch(chat._id, { folder: "inbox" });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Takes chats out of "inbox" again (legacy chats are never in it). */
export const unfile = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("chats").paginate({ cursor, numItems: batchSize });
    for (const chat of page) if (chat.folder === "inbox") await ctx.db.patch(chat._id, { folder: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});

/** A broken filing: it drops the chat's title on the way. */
export const fileDroppingTitle = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("chats").paginate({ cursor, numItems: batchSize });
    for (const chat of page) if (chat.folder === undefined) await ctx.db.patch(chat._id, { folder: "inbox", title: "" });
    return { continueCursor, isDone, processed: page.length };
  },
});
