/**
 * Fault (noPlaintextSecrets): forward follows the guide's heuristic and
 * skips every value that looks encrypted (base64, long enough for an IV and
 * a tag) without trying to decrypt it. Base64-looking plaintext is left in
 * the table as it was: plaintext.
 */
import { internalMutation } from "../../../convex/_generated/server";
import { looksEncrypted } from "../../../convex/encryption";
import { batchArgs, batchResult, runBatch } from "../../../convex/lib/batch";
import { encryptRow } from "../../../convex/lib/encryptPlaintextKeys/steps";
import { providers } from "../../../convex/schema";

export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) =>
    runBatch(ctx, "apiKeys", args, async (ctx, row) => {
      // Hide the values that look encrypted from the real step, then put them back.
      const hidden = Object.fromEntries(providers.filter((p) => row[p] !== undefined && looksEncrypted(row[p]!)).map((p) => [p, undefined]));
      await encryptRow(ctx, { ...row, ...hidden });
    }),
});
