import { WRONG_ENCRYPTION_SECRET } from "../convex/encryption";
import { canonicalize, mapStrings, type Snapshot } from "../harness/index.js";
import { app, TEST_ENCRYPTION_KEY } from "./app.js";
import { tryDecryptSync } from "./decrypt.js";

/** The keys the suites' data is encrypted with, and the tag their plaintext is shown with. */
export const VIEW_KEYS: ReadonlyArray<readonly [secret: string, tag: string]> = [
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
export function decryptedView(snapshot: Snapshot): unknown {
  const tables = mapStrings(snapshot.tables, decryptOnce) as Snapshot["tables"];
  return canonicalize({ tables }, app.schema);
}

function decryptOnce(value: string): string {
  for (const [secret, tag] of VIEW_KEYS) {
    const plain = tryDecryptSync(value, secret);
    if (plain !== undefined) return `${tag}(${plain})`;
  }
  return value;
}
