import { canonicalize, mapStrings, type Snapshot } from "../harness/index.js";
import { app } from "./app.js";
import { tryDecryptSync } from "./decrypt.js";
import { VIEW_KEYS } from "./views.js";

/**
 * The canonical snapshot with every ciphertext replaced by what it decrypts
 * to, tagged with the key, and decrypted again when that is ciphertext too:
 * encryptPlaintextKeys wraps foreign-key ciphertext in the app's key (it
 * cannot tell it from base64-looking plaintext), and the inner ciphertext got
 * its own random IV when seeded, so only the innermost plaintext is the same
 * from one run to the next. (suites/views.ts decrypts one level.)
 */
export function nestedDecryptedView(snapshot: Snapshot): unknown {
  const tables = mapStrings(snapshot.tables, decryptNested) as Snapshot["tables"];
  return canonicalize({ tables }, app.schema);
}

function decryptNested(value: string): string {
  for (const [secret, tag] of VIEW_KEYS) {
    const plain = tryDecryptSync(value, secret);
    if (plain !== undefined) return `${tag}(${decryptNested(plain)})`;
  }
  return value;
}
