/**
 * AES-GCM encryption of API keys through WebCrypto, so it runs in Convex's
 * default runtime (no "use node"). A ciphertext is base64(IV + ciphertext+tag)
 * with a fresh random 12-byte IV per call: the same plaintext never encrypts
 * to the same string twice, which is why comparisons decrypt first.
 */

export const IV_BYTES = 12;
export const TAG_BYTES = 16;
const KEY_VARIABLE = "API_KEY_ENCRYPTION_KEY";

/**
 * A secret the app never holds. Seeding encrypts with it to model ciphertext
 * from a rotated or foreign key, which `tryDecrypt` must leave untouched.
 */
export const WRONG_ENCRYPTION_SECRET = "harness-wrong-encryption-secret-not-the-app-key";

// Deriving a CryptoKey costs a digest and an import; migrations encrypt per
// document, so the key is derived once per secret.
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = (async () => {
      const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
      return crypto.subtle.importKey("raw", digest, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
    })();
    keys.set(secret, key);
    // A failed derivation must not poison the cache for later calls.
    key.catch(() => keys.delete(secret));
  }
  return key;
}

function appSecret(): string {
  const secret = process.env[KEY_VARIABLE];
  if (!secret) {
    throw new Error(`${KEY_VARIABLE} is not set; run \`npx convex env set ${KEY_VARIABLE} <secret>\``);
  }
  return secret;
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
  return btoa(binary);
}

function fromBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encrypts with an explicit secret (tests, seeding with a foreign key). */
export async function encryptWithSecret(plaintext: string, secret: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv },
    await keyFor(secret),
    new TextEncoder().encode(plaintext),
  );
  const out = new Uint8Array(IV_BYTES + sealed.byteLength);
  out.set(iv, 0);
  out.set(new Uint8Array(sealed), IV_BYTES);
  return toBase64(out);
}

/** Decrypts with an explicit secret; throws when the value is not its ciphertext. */
export async function decryptWithSecret(ciphertext: string, secret: string): Promise<string> {
  const bytes = fromBase64(ciphertext);
  if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error("ciphertext is too short to hold an IV and a tag");
  const opened = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.slice(0, IV_BYTES) },
    await keyFor(secret),
    bytes.slice(IV_BYTES),
  );
  return new TextDecoder("utf-8", { fatal: true }).decode(opened);
}

/** Encrypts with the deployment's key (API_KEY_ENCRYPTION_KEY). */
export async function encrypt(plaintext: string): Promise<string> {
  return encryptWithSecret(plaintext, appSecret());
}

/** Decrypts with the deployment's key; throws on a wrong key, tampering or non-ciphertext. */
export async function decrypt(ciphertext: string): Promise<string> {
  return decryptWithSecret(ciphertext, appSecret());
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The guide's heuristic: base64 whose bytes can hold an IV, a tag and at least
 * one byte of ciphertext. It is only a guess: base64-looking plaintext passes
 * it too, which is why `tryDecrypt` falls back when decryption fails.
 */
export function looksEncrypted(value: string): boolean {
  if (typeof value !== "string" || value.length % 4 !== 0 || !BASE64.test(value)) return false;
  const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
  return (value.length / 4) * 3 - padding >= IV_BYTES + TAG_BYTES + 1;
}

/**
 * The plaintext of a value that may or may not be encrypted: the input itself
 * when it does not look encrypted or does not decrypt with the app's key.
 */
export async function tryDecrypt(value: string): Promise<string> {
  if (!looksEncrypted(value)) return value;
  try {
    return await decrypt(value);
  } catch {
    return value;
  }
}
