import { WRONG_ENCRYPTION_SECRET } from "../convex/encryption";
import type { MigrationSpecOptions, Snapshot } from "convex-migration-harness";
import { TEST_ENCRYPTION_KEY } from "./app.js";
import { tryDecryptSync } from "./decrypt.js";
import { mapStrings } from "./mapStrings.js";

type ViewHelpers = Parameters<NonNullable<MigrationSpecOptions["view"]>>[1];

/** The keys the suites' data is encrypted with, and the tag their plaintext is shown with. */
const VIEW_KEYS: ReadonlyArray<readonly [secret: string, tag: string]> = [
  [TEST_ENCRYPTION_KEY, "encrypted"],
  [WRONG_ENCRYPTION_SECRET, "encrypted-with-wrong-key"],
];

/**
 * The canonical snapshot with every ciphertext replaced by its plaintext.
 * AES-GCM uses a fresh IV per encryption, so two runs of the same migration
 * on the same data never write the same bytes; what must match is what the
 * bytes decrypt to. Ciphertext from the foreign key used by seeding decrypts
 * too, tagged, so runs stay comparable without hiding which key was used.
 */
export function decryptedView(snapshot: Snapshot, helpers: ViewHelpers): unknown {
  return viewDecrypting(snapshot, helpers, false);
}

/**
 * The canonical snapshot with every ciphertext replaced by what it decrypts
 * to, tagged with the key, and decrypted again when that is ciphertext too:
 * encryptPlaintextKeys wraps foreign-key ciphertext in the app's key (it
 * cannot tell it from base64-looking plaintext), and the inner ciphertext got
 * its own random IV when seeded, so only the innermost plaintext is the same
 * from one run to the next.
 */
export function nestedDecryptedView(snapshot: Snapshot, helpers: ViewHelpers): unknown {
  return viewDecrypting(snapshot, helpers, true);
}

function viewDecrypting(snapshot: Snapshot, { canonicalize }: ViewHelpers, nested: boolean): unknown {
  const decrypt = (value: string): string => {
    for (const [secret, tag] of VIEW_KEYS) {
      const plain = tryDecryptSync(value, secret);
      if (plain !== undefined) return `${tag}(${nested ? decrypt(plain) : plain})`;
    }
    return value;
  };
  return canonicalize({ tables: mapStrings(snapshot.tables, decrypt) as Snapshot["tables"] });
}
