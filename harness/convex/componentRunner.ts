import { createFunctionHandle, makeFunctionReference, type FunctionReference, type MutationBuilder } from "convex/server";
import { v } from "convex/values";

/**
 * The cursor a finished run reports. @convex-dev/migrations keeps a finished
 * migration's final cursor to itself; given this one back, the runner asks
 * the component to resume from its saved state (`cursor: undefined`, as
 * `runOne` does), which for a finished migration runs nothing.
 *
 * @example
 * // a unit test of the app's runner: a finished migration answers this cursor
 * expect(await t.mutation(internal.migrations.runBatch, { fn, cursor: null, batchSize: 10 })).toMatchObject({ continueCursor: FINISHED_CURSOR, isDone: true });
 */
export const FINISHED_CURSOR = "@convex-dev/migrations:finished";

/** What the runner reads of a migration's status (the component's `MigrationStatus`). */
interface Status {
  isDone: boolean;
  cursor?: string | null;
  processed: number;
  error?: string;
}

/** The part of `components.migrations` the runner calls: the component's own `lib` functions. */
export interface MigrationsComponent {
  lib: {
    getStatus: FunctionReference<"query", "internal", { names?: string[]; limit?: number }, any>;
    migrate: FunctionReference<"mutation", "internal", any, any>;
  };
}

/**
 * An internal mutation that runs exactly one batch of a @convex-dev/migrations
 * migration through the component, as `runToCompletion` does for each of its
 * batches: the component's `migrate` with `oneBatchOnly`, which loads the
 * migration's state, runs the batch at `cursor` and saves the new state, all
 * in this one transaction. It answers in the batch protocol's shape, so the
 * harness (or an operator) steps through a migration batch by batch:
 * `cursor: null` starts over, a returned cursor continues. A batch that
 * throws is rethrown, so nothing commits and the caller sees the failure.
 *
 * @example
 * // convex/migrations/runner.ts
 * import { componentBatchRunner } from "convex-migration-harness/convex";
 * import { components } from "../_generated/api";
 * import { internalMutation } from "../_generated/server";
 * export const runBatch = componentBatchRunner({ internalMutation, component: components.migrations });
 */
export function componentBatchRunner(options: { internalMutation: MutationBuilder<any, "internal">; component: MigrationsComponent }) {
  const { internalMutation, component } = options;
  return internalMutation({
    args: { fn: v.string(), cursor: v.union(v.string(), v.null()), batchSize: v.number() },
    returns: v.object({ continueCursor: v.string(), isDone: v.boolean(), processed: v.number() }),
    handler: async (ctx, { fn, cursor, batchSize }) => {
      const resume = cursor === FINISHED_CURSOR;
      const [before] = (await ctx.runQuery(component.lib.getStatus, { names: [fn] })) as Status[];
      const status = (await ctx.runMutation(component.lib.migrate, {
        name: fn,
        fnHandle: await createFunctionHandle(makeFunctionReference<"mutation">(fn)),
        cursor: resume ? undefined : cursor,
        batchSize,
        dryRun: false,
        oneBatchOnly: true,
      })) as Status;
      if (status.error !== undefined) throw new Error(`${fn} failed at cursor ${JSON.stringify(cursor)}: ${status.error}`);
      return {
        continueCursor: status.isDone ? FINISHED_CURSOR : status.cursor!,
        isDone: status.isDone,
        processed: batchProcessed(before, status, { resume, sameCursor: before.cursor === cursor }),
      };
    },
  });
}

/**
 * Documents this batch processed. The component counts since the cursor was
 * last set: it restarts the count when given a cursor other than the one it
 * saved, restarts a finished migration for any cursor (it reports a finished
 * one's cursor as null, so null is "other" too), and runs nothing when asked
 * to resume a finished one.
 */
function batchProcessed(before: Status, after: Status, { resume, sameCursor }: { resume: boolean; sameCursor: boolean }): number {
  if (before.isDone) return resume ? 0 : after.processed;
  return resume || sameCursor ? after.processed - before.processed : after.processed;
}
