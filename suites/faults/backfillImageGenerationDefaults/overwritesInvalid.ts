/**
 * Fault (conserves): forward "repairs" invalid legacy values by writing the
 * defaults over them, instead of recording them and leaving them in place.
 * The user's value is gone.
 */
import { IMAGE_GENERATION_DEFAULTS, MIGRATION } from "../../../convex/lib/backfillImageGenerationDefaults/steps";
import { imageGenerationProblems } from "../../../convex/lib/backfillImageGenerationDefaults/validate";
import { putLedgerEntry } from "../../../convex/lib/records";
import { migrations } from "../../../convex/migrations/component";

export const forward = migrations.define({
  table: "userSettings",
  migrateOne: async (ctx, doc) => {
    if (doc.imageGeneration !== undefined && imageGenerationProblems(doc.imageGeneration) === null) return;
    const written = { ...IMAGE_GENERATION_DEFAULTS };
    await putLedgerEntry(ctx, { migration: MIGRATION, table: "userSettings", docId: doc._id, action: "wroteDefaults", before: { written } });
    await ctx.db.patch(doc._id, { imageGeneration: written });
  },
});
