import { Migrations, type MigrationStatus } from "@convex-dev/migrations";
import type { ComponentApi } from "@convex-dev/migrations/_generated/component.js";
import { componentsGeneric, createFunctionHandle, makeFunctionReference } from "convex/server";
import { v } from "convex/values";
import type { DataModel } from "../_generated/dataModel";
import { internalMutation } from "../_generated/server";

/**
 * The @convex-dev/migrations component, as `components.migrations` in
 * _generated/api would be. `convex codegen --system-udfs` (no deployment)
 * cannot generate `components`, so this is written out: it is exactly what
 * codegen emits (`componentsGeneric()`), typed with the component's own API.
 */
const components = componentsGeneric() as unknown as { migrations: ComponentApi<"migrations"> };

/** Migrations written with the component: `migrations.define({ table, migrateOne })`. */
export const migrations = new Migrations<DataModel>(components.migrations, { internalMutation });

/**
 * The cursor a finished run reports. The component keeps a finished
 * migration's final cursor to itself; given this one back, `runBatch` asks
 * the component to resume from its saved state (`cursor: undefined`, as
 * `runOne` does), which for a finished migration runs nothing.
 */
export const FINISHED_CURSOR = "@convex-dev/migrations:finished";

/**
 * Runs exactly one batch of a component migration through the component, as
 * `runToCompletion` does for each of its batches: the component's `migrate`
 * with `oneBatchOnly`, which loads the migration's state, runs the batch at
 * `cursor` and saves the new state, all in this one transaction. Reports the
 * batch in the batch protocol's shape, so a test harness or an operator can
 * step through a migration batch by batch: `cursor: null` starts over, a
 * returned cursor continues.
 *
 * A batch that throws is caught and recorded by the component; this function
 * rethrows it, so that the caller sees the failure (and nothing commits).
 */
export const runBatch = internalMutation({
  args: { fn: v.string(), cursor: v.union(v.string(), v.null()), batchSize: v.number() },
  returns: v.object({ continueCursor: v.string(), isDone: v.boolean(), processed: v.number() }),
  handler: async (ctx, { fn, cursor, batchSize }) => {
    const resume = cursor === FINISHED_CURSOR;
    const [before] = await ctx.runQuery(components.migrations.lib.getStatus, { names: [fn] });
    const status = await ctx.runMutation(components.migrations.lib.migrate, {
      name: fn,
      fnHandle: await createFunctionHandle(makeFunctionReference<"mutation">(fn)),
      cursor: resume ? undefined : cursor,
      batchSize,
      dryRun: false,
      oneBatchOnly: true,
    });
    if (status.error !== undefined) throw new Error(`${fn} failed at cursor ${JSON.stringify(cursor)}: ${status.error}`);
    return {
      continueCursor: status.isDone ? FINISHED_CURSOR : status.cursor!,
      isDone: status.isDone,
      processed: batchProcessed(before, status, { resume, sameCursor: before.cursor === cursor }),
    };
  },
});

/**
 * Documents this batch processed. The component counts since the cursor was
 * last set: it restarts the count when given a cursor other than the one it
 * saved, restarts a finished migration for any cursor (it reports a finished
 * one's cursor as null, so null is "other" too), and runs nothing when asked
 * to resume a finished one.
 */
function batchProcessed(
  before: MigrationStatus,
  after: MigrationStatus,
  { resume, sameCursor }: { resume: boolean; sameCursor: boolean },
): number {
  if (before.isDone) return resume ? 0 : after.processed;
  return resume || sameCursor ? after.processed - before.processed : after.processed;
}
