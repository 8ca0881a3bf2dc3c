/**
 * Fault (targetValid): forward leaves an invalid legacy imageGeneration in
 * place, as it should, but never records it in migrationIssues. Against the
 * strict contract-phase target (imageGeneration is { model, size, quality })
 * the document fails; it is not exempt, since nothing says it was left on
 * purpose: a migration that skips documents silently looks done until the
 * contract phase drops the fallback.
 */
import { backfillOne } from "../../../convex/lib/backfillImageGenerationDefaults/steps";
import { migrations } from "../../../convex/migrations/component";

export const forward = migrations.define({
  table: "userSettings",
  migrateOne: async (ctx, doc) => {
    if (doc.imageGeneration !== undefined) return;
    await backfillOne(ctx, doc);
  },
});
