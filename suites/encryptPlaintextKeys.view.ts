import { decryptWithSecret, looksEncrypted, WRONG_ENCRYPTION_SECRET } from "../convex/encryption";
import { canonicalize, type Snapshot } from "../harness/index.js";
import { app, TEST_ENCRYPTION_KEY } from "./app.js";

const KEYS: Array<[secret: string, tag: string]> = [
  [TEST_ENCRYPTION_KEY, "encrypted"],
  [WRONG_ENCRYPTION_SECRET, "encrypted-with-wrong-key"],
];

/**
 * The canonical snapshot with every ciphertext replaced by what it decrypts
 * to, tagged with the key, and decrypted again when that is ciphertext too:
 * encryptPlaintextKeys wraps foreign-key ciphertext in the app's key (it
 * cannot tell it from base64-looking plaintext), and the inner ciphertext got
 * its own random IV when seeded, so only the innermost plaintext is the same
 * from one run to the next. (suites/views.ts decrypts one level.)
 */
export async function nestedDecryptedView(snapshot: Snapshot): Promise<unknown> {
  const tables: Snapshot["tables"] = {};
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    tables[table] = await Promise.all(docs.map((doc) => decryptDeep(doc) as Promise<typeof doc>));
  }
  return canonicalize({ tables }, app.schema);
}

async function decryptDeep(value: unknown): Promise<unknown> {
  if (typeof value === "string") return decryptNested(value);
  if (Array.isArray(value)) return Promise.all(value.map(decryptDeep));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = await decryptDeep(field);
    return out;
  }
  return value;
}

async function decryptNested(value: string): Promise<string> {
  if (!looksEncrypted(value)) return value;
  for (const [secret, tag] of KEYS) {
    try {
      return `${tag}(${await decryptNested(await decryptWithSecret(value, secret))})`;
    } catch {
      // Not this key: try the next one, else keep the value as it is.
    }
  }
  return value;
}
