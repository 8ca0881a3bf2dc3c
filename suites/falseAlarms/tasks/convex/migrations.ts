import { Migrations } from "@convex-dev/migrations";
import type { ComponentApi } from "@convex-dev/migrations/_generated/component.js";
import { componentBatchRunner } from "convex-migration-harness/convex";
import { componentsGeneric } from "convex/server";
import type { DataModel, Id } from "./_generated/dataModel";
import { internalMutation, type MutationCtx } from "./_generated/server";

// `convex codegen --system-udfs` without a deployment cannot write `components`: this is what it would.
const components = componentsGeneric() as unknown as { migrations: ComponentApi<"migrations"> };
export const migrations = new Migrations<DataModel>(components.migrations, { internalMutation });
export const runBatch = componentBatchRunner({ internalMutation, component: components.migrations });

/** The ledger keeps every entry: rollback marks its own undone instead of deleting them (an audit trail). */
async function record(ctx: MutationCtx, migration: string, docId: Id<"tasks">, before: unknown) {
  await ctx.db.insert("ledger", { migration, docId, before });
}
async function entries(ctx: MutationCtx, migration: string, docId: Id<"tasks">) {
  const all = await ctx.db.query("ledger").withIndex("by_migration_doc", (q) => q.eq("migration", migration).eq("docId", docId)).collect();
  return all.filter((entry) => entry.undone !== true);
}

/** Tasks without a priority get 0. */
export const backfillPriority = migrations.define({
  table: "tasks",
  migrateOne: async (ctx, task) => {
    if (task.priority !== undefined) return;
    await record(ctx, "backfillPriority", task._id, null);
    await ctx.db.patch(task._id, { priority: 0 });
  },
});
export const unbackfillPriority = migrations.define({
  table: "tasks",
  migrateOne: async (ctx, task) => {
    for (const entry of await entries(ctx, "backfillPriority", task._id)) {
      await ctx.db.patch(task._id, { priority: undefined });
      await ctx.db.patch(entry._id, { undone: true });
    }
  },
});

/** Every task gets a lowercase title to search by; a blank title is recorded as an issue and left alone. */
export const lowercaseTitles = migrations.define({
  table: "tasks",
  migrateOne: async (ctx, task) => {
    if (task.titleLower !== undefined) return;
    if (task.title.trim() === "") {
      const known = await ctx.db.query("issues").withIndex("by_migration_doc", (q) => q.eq("migration", "lowercaseTitles").eq("docId", task._id)).first();
      if (!known) await ctx.db.insert("issues", { migration: "lowercaseTitles", docId: task._id, reason: "blank title" });
      return;
    }
    await ctx.db.patch(task._id, { titleLower: task.title.toLowerCase() });
  },
});
export const unlowercaseTitles = migrations.define({
  table: "tasks",
  migrateOne: async (ctx, task) => {
    if (task.titleLower !== undefined) await ctx.db.patch(task._id, { titleLower: undefined });
  },
});

/** The legacy status "done" becomes `done: true`, any other status `done: false`; the status goes to the ledger. */
export const statusToDone = migrations.define({
  table: "tasks",
  migrateOne: async (ctx, task) => {
    if (task.done !== undefined) return;
    await record(ctx, "statusToDone", task._id, { status: task.status ?? null });
    await ctx.db.patch(task._id, { done: task.status === "done", status: undefined });
  },
});
export const unstatusToDone = migrations.define({
  table: "tasks",
  migrateOne: async (ctx, task) => {
    for (const entry of await entries(ctx, "statusToDone", task._id)) {
      const { status } = entry.before as { status: string | null };
      await ctx.db.patch(task._id, { done: undefined, status: status ?? undefined });
      await ctx.db.patch(entry._id, { undone: true });
    }
  },
});
