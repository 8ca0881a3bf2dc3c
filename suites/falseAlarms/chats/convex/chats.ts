import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation, query } from "./_generated/server";

/** The signed-in user's chats, read from either shape; the client sorts them by time, so their order here is no promise. */
export const mine = query({
  args: {},
  handler: async (ctx) => {
    const identity = await ctx.auth.getUserIdentity();
    const userId = identity === null ? null : ctx.db.normalizeId("users", identity.subject);
    if (userId === null) return [];
    const chats = await ctx.db.query("chats").withIndex("by_user_status", (q) => q.eq("userId", userId)).collect();
    return chats.map((chat) => ({ title: chat.title, archived: chat.status === undefined ? chat.archived === true : chat.status === "archived" }));
  },
});

/** Every chat gets a status from its legacy archived flag (kept until the contract phase). */
export const backfillStatus = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("chats").paginate({ cursor, numItems: batchSize });
    for (const chat of page) {
      if (chat.status === undefined) await ctx.db.patch(chat._id, { status: chat.archived === true ? "archived" : "active" });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

export const clearStatus = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("chats").paginate({ cursor, numItems: batchSize });
    for (const chat of page) if (chat.status !== undefined) await ctx.db.patch(chat._id, { status: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
