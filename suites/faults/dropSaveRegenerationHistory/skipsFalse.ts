/**
 * Fault (targetValid): forward skips documents with `if (!doc.saveRegenerationHistory) return`,
 * a truthiness check meant to skip documents without the field. A user's
 * explicit false stays in place, recorded nowhere: the migration reports
 * done, and the contract-phase schema without the field rejects every such
 * document. Nothing exempts it, since nothing says it was left on purpose.
 */
import { dropOne } from "../../../convex/lib/dropSaveRegenerationHistory/steps";
import { migrations } from "../../../convex/migrations/component";

export const forward = migrations.define({
  table: "userSettings",
  migrateOne: async (ctx, doc) => {
    if (!doc.saveRegenerationHistory) return;
    await dropOne(ctx, doc);
  },
});
