import { backfillOne, unbackfillOne } from "../lib/backfillImageGenerationDefaults/steps";
import { migrations } from "./component";

/**
 * backfillImageGenerationDefaults: userSettings.imageGeneration gets the
 * defaults where it is absent; invalid legacy values are recorded in
 * migrationIssues and left in place. Written with @convex-dev/migrations,
 * one batch of userSettings per transaction.
 */
export const forward = migrations.define({ table: "userSettings", migrateOne: backfillOne });

/** Removes only the values the backfill wrote (the ledger says which). */
export const rollback = migrations.define({ table: "userSettings", migrateOne: unbackfillOne });
