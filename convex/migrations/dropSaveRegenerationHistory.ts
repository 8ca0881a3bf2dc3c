import { dropOne, restoreOne } from "../lib/dropSaveRegenerationHistory/steps";
import { migrations } from "./component";

/**
 * dropSaveRegenerationHistory: the deprecated userSettings field is removed,
 * its values kept in migrationLedger. Written with @convex-dev/migrations:
 * the component pages over userSettings and saves the cursor, one batch per
 * transaction (`npx convex run migrations/component:runBatch` steps through
 * it, `migrations.runOne` runs it in the background).
 */
export const forward = migrations.define({ table: "userSettings", migrateOne: dropOne });

/** Puts every removed value back from the ledger; a rollback is a migration too. */
export const rollback = migrations.define({ table: "userSettings", migrateOne: restoreOne });
