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
  // The app decodes with a fatal TextDecoder: bytes that are not UTF-8 fail it.
  return new TextDecoder("utf-8", { fatal: true }).decode(opened);
}

/** What `value` decrypts to with `secret`, or undefined when it is not that key's ciphertext. */
export function tryDecryptSync(value: string, secret: string): string | undefined {
  if (!looksEncrypted(value)) return undefined;
  try {
    return decryptSync(value, secret);
  } catch {
    return undefined;
  }
}

const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = createHash("sha256").update(secret, "utf8").digest();
    keys.set(secret, key);
  }
  return key;
}
