import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/** Links each member to the identity whose subject is its tokenIdentifier (a join on a string, not an id). */
export const link = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("members").paginate({ cursor, numItems: batchSize });
    for (const member of page) {
      if (member.memberId !== undefined) continue;
      const identity = await ctx.db.query("identities").withIndex("by_subject", (q) => q.eq("subject", member.tokenIdentifier)).first();
      if (identity !== null) await ctx.db.patch(member._id, { memberId: identity._id });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

/** A broken link: it also copies the identity's displayName into the member, which may push a member with a long bio past 1 MiB. */
export const linkCopyingName = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("members").paginate({ cursor, numItems: batchSize });
    for (const member of page) {
      if (member.memberId !== undefined) continue;
      const identity = await ctx.db.query("identities").withIndex("by_subject", (q) => q.eq("subject", member.tokenIdentifier)).first();
      if (identity !== null) await ctx.db.patch(member._id, { memberId: identity._id, displayName: identity.displayName });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

/** Unlinks every member (and drops a copied name). */
export const unlink = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("members").paginate({ cursor, numItems: batchSize });
    for (const member of page) {
      if (member.memberId !== undefined || member.displayName !== undefined) await ctx.db.patch(member._id, { memberId: undefined, displayName: undefined });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});
