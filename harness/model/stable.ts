import { isArray, keysOf, isBytes } from "./values.js";

/**
 * A deterministic text form of any Convex value: object keys sorted, and the
 * values JSON cannot hold (bigint, bytes, NaN, ±Infinity, -0, undefined)
 * spelled out, so two values print the same exactly when Convex would store
 * the same value.
 */
export function stableStringify(value: unknown): string {
  return stringifyMapped(value, undefined);
}

/**
 * stableStringify with every string first passed through `strings` (a
 * string it holds is printed as what it maps to): canonical snapshots print
 * documents with ids replaced by labels without copying them first.
 */
export function stringifyMapped(value: unknown, strings: ReadonlyMap<string, string> | undefined): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(strings?.get(value) ?? value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return `${value}n`;
    case "number":
      if (value === 0 && 1 / value < 0) return "-0";
      return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  }
  if (isBytes(value)) return `bytes(${bytesToHex(value)})`;
  if (isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + stringifyMapped(value[i], strings);
    return out + "]";
  }
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    // Plain loops, not entries/filter/map/join: this runs on every field of
    // every document of every snapshot a property run compares.
    const keys = keysOf(record).sort(compareKeys);
    let out = "{";
    let first = true;
    for (const key of keys) {
      const field = record[key];
      if (field === undefined) continue;
      out += `${first ? "" : ","}${JSON.stringify(key)}:${stringifyMapped(field, strings)}`;
      first = false;
    }
    return out + "}";
  }
  return String(value);
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function bytesToHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Read once: under convex-test every read of the global `Math` goes through
 * an accessor that looks up the running function's overrides (an
 * AsyncLocalStorage lookup), which cost more than the hashing in this loop.
 */
const IMUL = Math.imul;

/**
 * A short, deterministic fingerprint (cyrb53): labels documents by content in
 * canonical snapshots. Not cryptographic; collisions only merge two labels,
 * and the contents are still compared in full.
 */
export function fingerprint(text: string): string {
  const imul = IMUL;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = imul(h1 ^ ch, 2654435761);
    h2 = imul(h2 ^ ch, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return ((h2 >>> 0).toString(16).padStart(8, "0") + (h1 >>> 0).toString(16).padStart(8, "0")).slice(0, 8);
}
