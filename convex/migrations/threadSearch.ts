import { internalMutation } from "../_generated/server";
import { batchArgs, batchResult, runBatch } from "../lib/batch";

/**
 * threadSearch: the guide's index evolution, from filtering a user's threads
 * in memory (threads:searchByFilter) to the by_title search index with
 * userId as a filter field (threads:search).
 *
 * It changes no document. Convex builds the search index itself when the
 * schema is deployed, and the title field it indexes is already a string on
 * every thread, so there is nothing to backfill. What can go wrong is the
 * query, not the data: the rollout switches the app from one query to the
 * other, and queryEquivalent checks that they agree for every user and query.
 * Forward and rollback still page over threads with the batch protocol, so
 * the rollout runs (and is tested) like every other migration, and a future
 * backfill (say, a normalized title) has its place here.
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "threads", args, async () => {}),
});

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "threads", args, async () => {}),
});
