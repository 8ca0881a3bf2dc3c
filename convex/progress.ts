import { internalQuery } from "./_generated/server";
import { isMigrated as backfilled } from "./lib/backfillImageGenerationDefaults/steps";
import { isMigrated as dropped } from "./lib/dropSaveRegenerationHistory/steps";
import { isMigrated as encrypted } from "./lib/encryptPlaintextKeys/steps";
import { legacyFields } from "./lib/legacyKeys";
import { countProgress, progressResult } from "./lib/progress";

/**
 * Progress of each migration: { total, migrated, remaining, percent } over
 * the table it pages. "Migrated" uses the same predicate as the migration
 * itself, so the two cannot disagree about what is left; documents a
 * migration leaves in place (recorded in migrationIssues) count as
 * remaining where they keep the old shape. `npx convex run progress:<name>`.
 */

/** userSettings without any legacy key field left. */
export const apiKeysToTable = internalQuery({
  args: {},
  returns: progressResult,
  handler: (ctx) => countProgress(ctx, "userSettings", (doc) => legacyFields.every((field) => doc[field] === undefined)),
});

/** apiKeys rows without a plaintext value left (values that cannot be encrypted count as done). */
export const encryptPlaintextKeys = internalQuery({
  args: {},
  returns: progressResult,
  handler: (ctx) => countProgress(ctx, "apiKeys", encrypted),
});

/** userSettings without saveRegenerationHistory. */
export const dropSaveRegenerationHistory = internalQuery({
  args: {},
  returns: progressResult,
  handler: (ctx) => countProgress(ctx, "userSettings", dropped),
});

/** userSettings with an imageGeneration value (the backfill's or the user's own). */
export const backfillImageGenerationDefaults = internalQuery({
  args: {},
  returns: progressResult,
  handler: (ctx) => countProgress(ctx, "userSettings", backfilled),
});
