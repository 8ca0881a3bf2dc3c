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
  // Decrypt each distinct ciphertext once, then rewrite the snapshot synchronously:
  // an await per field would cost more than the decryption.
  const ciphertexts = new Set<string>();
  visitStrings(snapshot.tables, (value) => {
    if (looksEncrypted(value)) ciphertexts.add(value);
    return value;
  });
  const plain = new Map(await Promise.all([...ciphertexts].map(async (c) => [c, await decryptString(c)] as const)));
  const tables = visitStrings(snapshot.tables, (value) => plain.get(value) ?? value) as Snapshot["tables"];
  return canonicalize({ tables }, app.schema);
}

/** A copy of `value` with every string passed through `map`. */
function visitStrings(value: unknown, map: (value: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => visitStrings(item, map));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = visitStrings(field, map);
    return out;
  }
  return value;
}

/**
 * Ciphertexts already read, with what they decrypt to. A run views the same
 * stored values several times (before, after forward, after rollback) and
 * AES-GCM's fresh IVs make every new ciphertext a new key, so the cache only
 * ever answers for the exact bytes it decrypted. Bounded: cleared when full.
 */
const decrypted = new Map<string, Promise<string>>();
const MAX_CACHED = 50_000;

function decryptString(value: string): Promise<string> {
  let result = decrypted.get(value);
  if (result === undefined) {
    if (decrypted.size >= MAX_CACHED) decrypted.clear();
    result = decryptUncached(value);
    decrypted.set(value, result);
  }
  return result;
}

async function decryptUncached(value: string): Promise<string> {
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
