/**
 * Lossless JSON for dataset values: Convex values include int64 (bigint),
 * bytes (ArrayBuffer) and floats JSON cannot write (NaN, ±Infinity, -0).
 * Tagged objects carry them; Convex forbids field names starting with "$",
 * so a tag can never collide with a document's own field.
 */

export type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

export function encodeValue(value: unknown): Encoded {
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (value instanceof ArrayBuffer) return { $bytes: toBase64(new Uint8Array(value)) };
  if (typeof value === "number") {
    if (Number.isNaN(value) || !Number.isFinite(value) || Object.is(value, -0)) return { $number: Object.is(value, -0) ? "-0" : String(value) };
    return value;
  }
  if (Array.isArray(value)) return value.map(encodeValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, Encoded> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = encodeValue(item);
    return out;
  }
  if (value === undefined) return { $undefined: true };
  return value as Encoded;
}

export function decodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value);
    if (entries.length === 1) {
      const [[tag, inner]] = entries;
      if (tag === "$bigint" && typeof inner === "string") return BigInt(inner);
      if (tag === "$bytes" && typeof inner === "string") return fromBase64(inner).buffer;
      if (tag === "$number" && typeof inner === "string") return inner === "-0" ? -0 : Number(inner);
      if (tag === "$undefined") return undefined;
    }
    return Object.fromEntries(entries.map(([k, v]) => [k, decodeValue(v)]));
  }
  return value;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
