/**
 * A copy of a Convex value with every string passed through `map`; arrays and
 * objects are copied, bytes and other leaves kept. The suites' decrypting
 * views turn ciphertext into its plaintext with it.
 */
export function mapStrings(value: unknown, map: (value: string) => string): unknown {
  if (typeof value === "string") return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (isObject(value)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) out[key] = mapStrings(value[key], map);
    return out;
  }
  return value;
}

/** An object that is neither an array nor bytes (from either realm: no `instanceof`). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && Object.prototype.toString.call(value) !== "[object ArrayBuffer]";
}
