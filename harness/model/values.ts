/**
 * Built-ins read once, at load. Under vitest's edge-runtime environment the
 * globals `Object`, `Array` and `ArrayBuffer` are Proxies (so that
 * `instanceof` works across the VM and Node realms), and `Math` is an
 * accessor convex-test reroutes per function call: every `Object.keys`,
 * `Array.isArray` or `instanceof ArrayBuffer` runs a proxy trap. The walks
 * over snapshots touch every value of every document several times per
 * property run, so they use these instead.
 */
export const isArray: (value: unknown) => value is unknown[] = Array.isArray;
export const keysOf: (value: object) => string[] = Object.keys;
const tagOf = Object.prototype.toString;

/** Whether `value` is bytes (an ArrayBuffer from either realm), without `instanceof`. */
export function isBytes(value: unknown): value is ArrayBuffer {
  return typeof value === "object" && value !== null && tagOf.call(value) === "[object ArrayBuffer]";
}

/** An object that is neither an array nor bytes: a Convex object value. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !isArray(value) && tagOf.call(value) !== "[object ArrayBuffer]";
}
