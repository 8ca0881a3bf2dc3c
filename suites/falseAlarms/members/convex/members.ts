import { batchArgs, batchResult } from "convex-migration-harness/convex";
import { internalMutation } from "./_generated/server";

/** Links each member to the identity whose subject is its tokenIdentifier (the first, when several share it). */
export const linkIdentities = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("members").paginate({ cursor, numItems: batchSize });
    for (const member of page) {
      if (member.identityId !== undefined) continue;
      const identity = await ctx.db.query("identities").withIndex("by_subject", (q) => q.eq("subject", member.tokenIdentifier)).first();
      if (identity !== null) await ctx.db.patch(member._id, { identityId: identity._id });
    }
    return { continueCursor, isDone, processed: page.length };
  },
});

export const unlinkIdentities = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: async (ctx, { cursor, batchSize }) => {
    const { page, continueCursor, isDone } = await ctx.db.query("members").paginate({ cursor, numItems: batchSize });
    for (const member of page) if (member.identityId !== undefined) await ctx.db.patch(member._id, { identityId: undefined });
    return { continueCursor, isDone, processed: page.length };
  },
});
