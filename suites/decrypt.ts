import { Buffer } from "node:buffer";
import { createDecipheriv, createHash } from "node:crypto";
import { IV_BYTES, looksEncrypted, TAG_BYTES } from "../convex/encryption";

/**
 * The app's ciphertext format (convex/encryption.ts: base64 of a 12-byte IV,
 * the AES-256-GCM ciphertext and its 16-byte tag, under SHA-256 of the
 * secret), opened synchronously with node:crypto. The app has to use
 * WebCrypto, which is asynchronous: each call waits for a thread-pool job,
 * and the suites' views decrypt every stored key of every snapshot, several
 * snapshots per property run. Only test code uses this; suites/decrypt.test.ts
 * checks it against the app's own decryptWithSecret.
 */
export function decryptSync(ciphertext: string, secret: string): string {
  const bytes = Buffer.from(ciphertext, "base64");
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error("ciphertext is too short to hold an IV and a tag");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), bytes.subarray(0, IV_BYTES));
  decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
  const opened = Buffer.concat([decipher.update(bytes.subarray(IV_BYTES, bytes.length - TAG_BYTES)), decipher.final()]);
  return utf8.decode(opened);
}

/** What `value` decrypts to with `secret`, or undefined when it is not that key's ciphertext. */
export function tryDecryptSync(value: string, secret: string): string | undefined {
  if (!looksEncrypted(value)) return undefined;
  let known = opened.get(secret);
  if (!known) opened.set(secret, (known = new Map()));
  let plain = known.get(value);
  if (plain === undefined) {
    try {
      plain = decryptSync(value, secret);
    } catch {
      plain = null;
    }
    if (known.size >= MAX_REMEMBERED) known.clear();
    known.set(value, plain);
  }
  return plain ?? undefined;
}

/**
 * Answers already computed, per secret (null: not its ciphertext). A run
 * views the same stored values several times (before, after forward, after
 * rollback); fresh IVs make every new ciphertext a new entry, so this only
 * ever answers for the exact bytes it opened. Bounded: cleared when full.
 */
const opened = new Map<string, Map<string, string | null>>();
const MAX_REMEMBERED = 50_000;

// The app decodes with a fatal TextDecoder: bytes that are not UTF-8 fail it.
// One decoder, made at load (under convex-test, reading the global TextDecoder
// is an accessor lookup).
const utf8 = new TextDecoder("utf-8", { fatal: true });
const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = createHash("sha256").update(secret, "utf8").digest();
    keys.set(secret, key);
  }
  return key;
}
