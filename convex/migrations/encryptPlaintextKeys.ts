import { internalMutation } from "../_generated/server";
import { batchArgs, batchResult, runBatch } from "../lib/batch";
import { decryptRow, encryptRow } from "../lib/encryptPlaintextKeys/steps";

/**
 * encryptPlaintextKeys: plaintext provider values in apiKeys are encrypted,
 * each on its own; encrypted ones are left alone. Batch protocol: each call
 * is one transaction over one page of apiKeys in creation order, reading the
 * page plus one indexed ledger lookup per row.
 */
export const forward = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "apiKeys", args, encryptRow),
});

/** Decrypts only what forward encrypted (the ledger says which). */
export const rollback = internalMutation({
  args: batchArgs,
  returns: batchResult,
  handler: (ctx, args) => runBatch(ctx, "apiKeys", args, decryptRow),
});
