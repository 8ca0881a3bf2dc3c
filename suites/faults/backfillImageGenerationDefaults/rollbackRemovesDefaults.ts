/**
 * Fault (roundTrip): rollback skips the ledger and removes every
 * imageGeneration equal to the defaults. A user who had chosen exactly the
 * default settings loses them.
 */
import { IMAGE_GENERATION_DEFAULTS, MIGRATION } from "../../../convex/lib/backfillImageGenerationDefaults/steps";
import { clearIssues, ledgerEntries } from "../../../convex/lib/records";
import { migrations } from "../../../convex/migrations/component";

export const rollback = migrations.define({
  table: "userSettings",
  migrateOne: async (ctx, doc) => {
    const value = doc.imageGeneration as Record<string, unknown> | undefined;
    const isDefaults = value !== undefined && value !== null && typeof value === "object" &&
      Object.entries(IMAGE_GENERATION_DEFAULTS).every(([field, v]) => value[field] === v) &&
      Object.keys(value).length === Object.keys(IMAGE_GENERATION_DEFAULTS).length;
    if (isDefaults) await ctx.db.patch(doc._id, { imageGeneration: undefined });
    for (const entry of await ledgerEntries(ctx, MIGRATION, doc._id)) await ctx.db.delete(entry._id);
    await clearIssues(ctx, MIGRATION, doc._id);
  },
});
