/**
 * Crash fixture (not a catalogued fault): forward reads imageGeneration.model
 * without checking that the value is an object, and throws on a legacy string
 * or null. Proves that a component migration's crash reaches the harness
 * through the component with its batch, cursor and document.
 */
import { backfillOne } from "../../../convex/lib/backfillImageGenerationDefaults/steps";
import { migrations } from "../../../convex/migrations/component";

export const forward = migrations.define({
  table: "userSettings",
  migrateOne: async (ctx, doc) => {
    const value = doc.imageGeneration;
    if (value !== undefined && (typeof value !== "object" || value === null)) {
      throw new Error(`cannot read imageGeneration.model of ${doc._id}: it is ${value === null ? "null" : typeof value}`);
    }
    await backfillOne(ctx, doc);
  },
});
