import { componentMigration } from "convex-migration-harness";
import { internal } from "../../convex/_generated/api";
import { faultFunction, type Fault } from "./modules.js";

/** A broken direction of a @convex-dev/migrations migration, driven through the app's one-batch runner. */
const component = (module: string, direction: "forward" | "rollback") =>
  componentMigration(faultFunction(module, direction), { runner: internal.migrations.component.runBatch });

/** A broken progress query (progressTruthful). */
const progress = (module: string): Fault["overrides"] => (base) => ({ progress: { ...base.progress!, query: faultFunction(module, "progress") } });

/** Plausible bugs of dropSaveRegenerationHistory, each with the invariant that must catch it. */
export const dropSaveRegenerationHistoryFaults: Fault[] = [
  { name: "keepsOnlyTrue", invariant: "roundTrip", bug: "a false value dropped without a ledger entry (a truthiness check)", maxDocuments: 2, overrides: { forward: component("dropSaveRegenerationHistory/keepsOnlyTrue", "forward") } },
  { name: "skipsFalse", invariant: "targetValid", bug: "a truthiness check that leaves a user's false in place, unrecorded, where the contract schema has no such field", maxDocuments: 2, overrides: { forward: component("dropSaveRegenerationHistory/skipsFalse", "forward") } },
  { name: "progressCountsFalse", invariant: "progressTruthful", bug: "progress that counts a document holding false as migrated", maxDocuments: 2, overrides: progress("dropSaveRegenerationHistory/progressCountsFalse") },
];

/** Plausible bugs of backfillImageGenerationDefaults, each with the invariant that must catch it. */
export const backfillImageGenerationDefaultsFaults: Fault[] = [
  { name: "rollbackRemovesDefaults", invariant: "roundTrip", bug: "a rollback that removes a user's own settings equal to the defaults", maxDocuments: 2, overrides: { rollback: component("backfillImageGenerationDefaults/rollbackRemovesDefaults", "rollback") } },
  { name: "overwritesInvalid", invariant: "conserves", bug: "invalid legacy settings overwritten with the defaults instead of recorded", maxDocuments: 2, overrides: { forward: component("backfillImageGenerationDefaults/overwritesInvalid", "forward") } },
  { name: "skipsInvalidSilently", invariant: "targetValid", bug: "invalid legacy values left in place without a record, which the strict target refuses to exempt", maxDocuments: 2, overrides: { forward: component("backfillImageGenerationDefaults/skipsInvalidSilently", "forward") } },
  { name: "progressNaNOnEmpty", invariant: "progressTruthful", bug: "a percent of NaN on an empty table", maxDocuments: 0, overrides: progress("backfillImageGenerationDefaults/progressNaNOnEmpty") },
];
