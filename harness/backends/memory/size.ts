import { Buffer } from "node:buffer";
import { CommitTsPlaceholder } from "./convexTest/index.js";
import { isArray, keysOf } from "../../model/values.js";

const tagOf = Object.prototype.toString;
const getPrototypeOf = Object.getPrototypeOf;
const objectPrototype = Object.prototype;
const SYSTEM_FIELD_ID_ESTIMATE = 38;
const SYSTEM_FIELD_CREATION_TIME_SIZE = 23;
/** convex/values counts short strings' UTF-8 bytes by hand (a lone surrogate as 4) and long ones with TextEncoder. */
const UTF8_LENGTH_THRESHOLD = 500;

/**
 * The size Convex gives a value (convex/values' `getConvexSize`), computed
 * with built-ins read at load: under vitest's edge-runtime environment
 * `Array.isArray`, `instanceof ArrayBuffer` and `Object.getPrototypeOf` run a
 * proxy trap each, and the memory engine sizes every document written (the
 * 1 MiB check) and every document a filter rejects. The same numbers, checked
 * by size.test.ts.
 */
export function convexSize(value: unknown): number {
  if (value === undefined) return 0;
  if (value === null || typeof value === "boolean") return 1;
  if (typeof value === "bigint" || typeof value === "number") return 9;
  if (typeof value === "string") return 2 + utf8Length(value);
  if (value instanceof CommitTsPlaceholder) return 9;
  if (tagOf.call(value) === "[object ArrayBuffer]") return 2 + (value as ArrayBuffer).byteLength;
  if (isArray(value)) {
    let size = 2;
    for (const element of value) size += convexSize(element);
    return size;
  }
  if (isSimpleObject(value)) {
    let size = 2;
    for (const key of keysOf(value)) {
      const field = (value as Record<string, unknown>)[key];
      if (field !== undefined) size += utf8Length(key) + 1 + convexSize(field);
    }
    return size;
  }
  throw new Error(`Unsupported value type: ${typeof value}`);
}

/** A document's size as Convex counts it (`getDocumentSize`): estimates for system fields it does not have yet. */
export function documentSize(doc: Record<string, unknown>): number {
  let size = convexSize(doc);
  if (doc._id === undefined) size += SYSTEM_FIELD_ID_ESTIMATE;
  if (doc._creationTime === undefined) size += SYSTEM_FIELD_CREATION_TIME_SIZE;
  return size;
}

function isSimpleObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const proto = getPrototypeOf(value);
  return proto === null || proto === objectPrototype || proto?.constructor?.name === "Object";
}

function utf8Length(text: string): number {
  if (text.length > UTF8_LENGTH_THRESHOLD) return Buffer.byteLength(text, "utf8");
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) bytes += 1;
    else if (code < 2048) bytes += 2;
    else if (code >= 55296 && code <= 56319) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
