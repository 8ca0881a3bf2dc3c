/**
 * Fault (roundTrip): forward keeps the value in the ledger only "if it is
 * set", a truthiness check: false is removed without a trace, and rollback
 * cannot restore a user's explicit false.
 */
import { MIGRATION } from "../../../convex/lib/dropSaveRegenerationHistory/steps";
import { putLedgerEntry } from "../../../convex/lib/records";
import { migrations } from "../../../convex/migrations/component";

export const forward = migrations.define({
  table: "userSettings",
  migrateOne: async (ctx, doc) => {
    if (doc.saveRegenerationHistory === undefined) return;
    if (doc.saveRegenerationHistory) {
      await putLedgerEntry(ctx, { migration: MIGRATION, table: "userSettings", docId: doc._id, action: "removedField", before: { value: true } });
    }
    await ctx.db.patch(doc._id, { saveRegenerationHistory: undefined });
  },
});
