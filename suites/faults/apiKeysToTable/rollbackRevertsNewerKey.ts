/**
 * Fault (concurrentWrites): the rollback unsets every provider forward filled,
 * by name, without asking whether the value is still the one forward wrote.
 * With no traffic it always is, so every other invariant passes; a key the
 * user saved after forward moved their legacy key is wiped, and the app reads
 * the legacy key again: a newer apiKeys value overwritten by a legacy one.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { rollbackDocWith } from "../../../convex/lib/apiKeysToTable/rollbackDoc";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import type { Provider } from "../../../convex/schema";

// The bug: every provider forward wrote is unset, with no `row[provider] === ciphertext` check.
const rollbackDoc = rollbackDocWith((_row, written) => Object.keys(written) as Provider[]);

export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "userSettings", args, rollbackDoc),
});
