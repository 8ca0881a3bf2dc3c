import { decryptWithSecret, looksEncrypted, WRONG_ENCRYPTION_SECRET } from "../convex/encryption";
import { canonicalize, type Snapshot } from "../harness/index.js";
import { app, TEST_ENCRYPTION_KEY } from "./app.js";

/**
 * The canonical snapshot with every ciphertext replaced by its plaintext.
 * AES-GCM uses a fresh IV per encryption, so two runs of the same migration
 * on the same data never write the same bytes; what must match is what the
 * bytes decrypt to. Ciphertext from the foreign key used by seeding decrypts
 * too, tagged, so runs stay comparable without hiding which key was used.
 */
export async function decryptedView(snapshot: Snapshot): Promise<unknown> {
  const tables: Snapshot["tables"] = {};
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    tables[table] = await Promise.all(docs.map((doc) => decryptStrings(doc) as Promise<typeof doc>));
  }
  return canonicalize({ tables }, app.schema);
}

async function decryptStrings(value: unknown): Promise<unknown> {
  if (typeof value === "string") return decryptString(value);
  if (Array.isArray(value)) return Promise.all(value.map(decryptStrings));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = await decryptStrings(field);
    return out;
  }
  return value;
}

async function decryptString(value: string): Promise<string> {
  if (!looksEncrypted(value)) return value;
  for (const [secret, tag] of [[TEST_ENCRYPTION_KEY, "encrypted"], [WRONG_ENCRYPTION_SECRET, "encrypted-with-wrong-key"]]) {
    try {
      return `${tag}(${await decryptWithSecret(value, secret)})`;
    } catch {
      // Not this key; try the next one, else keep the value as it is.
    }
  }
  return value;
}
