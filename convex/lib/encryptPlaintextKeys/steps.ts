import type { Doc } from "../../_generated/dataModel";
import type { MutationCtx } from "../../_generated/server";
import { decrypt, encrypt } from "../../encryption";
import { providers, type Provider } from "../../schema";
import { clearIssues, ledgerEntries, putLedgerEntry, recordIssue } from "../records";
import { classify } from "./classify";

/**
 * encryptPlaintextKeys: every plaintext provider value of apiKeys is
 * encrypted on its own; encrypted values are left alone, so a second run
 * changes nothing. The ledger entry of a row (`encryptedProviders`, before =
 * { written: provider -> the ciphertext written }) holds ciphertext only,
 * never a plaintext key, and tells rollback which values to decrypt: those
 * the forward pass encrypted, and no others.
 */
export const MIGRATION = "encryptPlaintextKeys";
const ACTION = "encryptedProviders";

type Written = Partial<Record<Provider, string>>;

/** What progress counts as migrated: no provider value left for forward to encrypt. */
export async function isMigrated(row: Doc<"apiKeys">): Promise<boolean> {
  for (const provider of providers) if ((await classify(row[provider])) === "plaintext") return false;
  return true;
}

export async function encryptRow(ctx: MutationCtx, row: Doc<"apiKeys">): Promise<void> {
  const written: Written = {};
  for (const provider of providers) {
    const value = row[provider];
    const kind = await classify(value);
    if (kind === "plaintext") written[provider] = await encrypt(value!);
    if (kind === "unencryptable") {
      await recordIssue(ctx, {
        migration: MIGRATION, table: "apiKeys", docId: row._id,
        reason: `${provider} is not well-formed Unicode (a lone surrogate would not survive encryption); left as it is`,
      });
    }
  }
  if (Object.keys(written).length === 0) return;
  // A re-run after the app wrote plaintext again adds to what the entry already lists.
  const earlier = (await ledgerEntries(ctx, MIGRATION, row._id)).find((e) => e.action === ACTION);
  const before = { written: { ...(earlier?.before as { written: Written } | undefined)?.written, ...written } };
  await putLedgerEntry(ctx, { migration: MIGRATION, table: "apiKeys", docId: row._id, action: ACTION, before });
  await ctx.db.patch(row._id, written);
}

/**
 * Decrypts what forward encrypted, where the row still holds that exact
 * ciphertext: a key the app has written since is newer and stays.
 */
export async function decryptRow(ctx: MutationCtx, row: Doc<"apiKeys">): Promise<void> {
  for (const entry of await ledgerEntries(ctx, MIGRATION, row._id)) {
    if (entry.action !== ACTION) continue;
    const restore: Written = {};
    for (const [provider, ciphertext] of Object.entries((entry.before as { written: Written }).written) as [Provider, string][]) {
      if (row[provider] === ciphertext) restore[provider] = await decrypt(ciphertext);
    }
    await ctx.db.patch(row._id, restore);
    await ctx.db.delete(entry._id);
  }
  await clearIssues(ctx, MIGRATION, row._id);
}
