import { providers } from "../convex/schema";
import type { MigrationSpecOptions, Snapshot } from "convex-migration-harness";
import { TEST_ENCRYPTION_KEY } from "./app.js";
import { tryDecryptSync } from "./decrypt.js";

/** A spec's `secrets`: the fields that must hold ciphertext after forward. */
type SecretsOptions = NonNullable<MigrationSpecOptions["secrets"]>;

/** A secret field found holding plaintext, as `allowPlaintext` is asked about it. */
type PlaintextSecret = Parameters<NonNullable<SecretsOptions["allowPlaintext"]>>[0];

/** Ciphertext, as only the app can tell: it decrypts with the app's (test) key. */
export function isAppCiphertext(value: unknown): boolean {
  return typeof value === "string" && tryDecryptSync(value, TEST_ENCRYPTION_KEY) !== undefined;
}

/** The apiKeys provider fields: every one is a secret. */
export const apiKeysSecretFields = { apiKeys: [...providers] };

/** A plaintext value the migration recorded in migrationIssues as one it could not encrypt. */
export function recordedAsIssue(migration: string) {
  return (found: PlaintextSecret, { after }: { after: Snapshot }): boolean =>
    (after.tables.migrationIssues ?? []).some(
      (issue) => issue.migration === migration && issue.docId === found.id && String(issue.reason).startsWith(`${found.field} `),
    );
}

/** A plaintext value that was there, unchanged, before the migration ran (another migration's job). */
export function unchangedSinceBefore(found: PlaintextSecret, { before }: { before: Snapshot }): boolean {
  const doc = (before.tables[found.table] ?? []).find((d) => d._id === found.id);
  return doc !== undefined && doc[found.field] === found.value;
}
