import { isEncryptMarker } from "../encryptMarker.js";

/** What a legacy encryptedApiKeys value is, as the app will find it after seeding. */
export type BlobKind =
  | "absent"
  | "empty"
  | "encrypted"
  | "wrong-key"
  | "plain-json"
  | "json-not-object"
  | "non-string-value"
  | "short-base64"
  | "base64-plaintext"
  | "garbage";

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The ciphertext heuristic of the migration guide (and of the app): base64
 * long enough to hold a 12-byte IV, a 16-byte tag and one byte. Repeated
 * here because generators never import the app.
 */
export function looksLikeCiphertext(value: string): boolean {
  if (value.length % 4 !== 0 || !BASE64.test(value)) return false;
  const padding = value.endsWith("==") ? 2 : value.endsWith("=") ? 1 : 0;
  return (value.length / 4) * 3 - padding >= 12 + 16 + 1;
}

/** What a JSON text parses to, for a blob: keys, another JSON value, or not JSON. */
export function jsonKind(text: string): "plain-json" | "json-not-object" | "non-string-value" | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return "json-not-object";
  return Object.values(parsed).every((value) => typeof value === "string") ? "plain-json" : "non-string-value";
}

/**
 * The kinds of a blob: one, except that an encrypted blob whose plaintext is
 * not an object of string keys also has that plaintext's kind.
 */
export function blobKinds(value: unknown): BlobKind[] {
  if (value === undefined) return ["absent"];
  if (isEncryptMarker(value)) {
    if (value.key === "wrong") return ["wrong-key"];
    const inner = jsonKind(value.__encrypt);
    return inner === undefined || inner === "plain-json" ? ["encrypted"] : ["encrypted", inner];
  }
  if (typeof value !== "string") return ["garbage"];
  if (value === "") return ["empty"];
  const json = jsonKind(value);
  if (json !== undefined) return [json];
  if (BASE64.test(value)) return [looksLikeCiphertext(value) ? "base64-plaintext" : "short-base64"];
  return ["garbage"];
}

/**
 * The provider keys a blob holds that the app can read: those of a plain or
 * encrypted (with the app's key) JSON object of strings. Empty for the rest.
 */
export function blobKeys(value: unknown): Record<string, string> {
  const text = isEncryptMarker(value) ? (value.key === "wrong" ? undefined : value.__encrypt) : value;
  if (typeof text !== "string" || jsonKind(text) !== "plain-json") return {};
  return JSON.parse(text) as Record<string, string>;
}
