import { DOCUMENT_LIMITS } from "../model/documentLimits.js";
import { isArray, isBytes, isPlainObject, keysOf } from "../model/values.js";

export { DOCUMENT_LIMITS };

export interface LimitProblem {
  path: string;
  message: string;
}

/**
 * The size Convex accounts for a value, following the shape of its encoding
 * (a type tag per value, lengths for strings and containers). An estimate
 * within a few bytes per field, which is what matters next to 1 MiB.
 */
export function valueSize(value: unknown): number {
  if (value === null || value === undefined || typeof value === "boolean") return 1;
  if (typeof value === "number" || typeof value === "bigint") return 9;
  if (typeof value === "string") return 2 + utf8Length(value);
  if (isBytes(value)) return 2 + value.byteLength;
  if (isArray(value)) return value.reduce((n: number, item) => n + valueSize(item), 2);
  let size = 2;
  const record = value as Record<string, unknown>;
  for (const key of keysOf(record)) {
    const field = record[key];
    if (field !== undefined) size += utf8Length(key) + 1 + valueSize(field);
  }
  return size;
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Whether `name` is a legal field name (as Convex's own `validateObjectField`
 * and the server check it): not empty, at most 1,024 characters, no leading
 * `$`, only non-control ASCII; at the top level of a document a leading `_`
 * is reserved for system fields.
 */
export function fieldNameProblem(name: string, topLevel: boolean): string | null {
  if (name.length === 0) return "field name is empty";
  if (name.length > DOCUMENT_LIMITS.maxFieldNameLength) return `field name longer than ${DOCUMENT_LIMITS.maxFieldNameLength} characters`;
  if (name.startsWith("$")) return `field name "${name}" starts with "$", which is reserved`;
  if (topLevel && name.startsWith("_") && name !== "_id" && name !== "_creationTime") {
    return `top-level field name "${name}" starts with "_", which is reserved for system fields`;
  }
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (code < 32 || code >= 127) return `field name ${JSON.stringify(name)} has a character outside non-control ASCII`;
  }
  return null;
}

/** Size, depth, array length, field count and field names of one document. */
export function documentLimitProblems(doc: Record<string, unknown>): LimitProblem[] {
  const problems: LimitProblem[] = [];
  const size = valueSize(doc);
  if (size > DOCUMENT_LIMITS.maxSize) {
    problems.push({ path: "(document)", message: `document is about ${size} bytes, over Convex's limit of ${DOCUMENT_LIMITS.maxSize} (1 MiB)` });
  }
  walk(doc, "", 1, true, problems);
  return problems;
}

function walk(value: unknown, path: string, depth: number, topLevel: boolean, problems: LimitProblem[]): void {
  const array = isArray(value);
  if (!array && !isPlainObject(value)) return;
  if (depth > DOCUMENT_LIMITS.maxDepth) {
    problems.push({ path: path || "(document)", message: `nested ${depth} levels deep, over Convex's limit of ${DOCUMENT_LIMITS.maxDepth}` });
    return;
  }
  if (array) {
    const items = value as unknown[];
    if (items.length > DOCUMENT_LIMITS.maxArrayLength) {
      problems.push({ path, message: `array of ${items.length} elements, over Convex's limit of ${DOCUMENT_LIMITS.maxArrayLength}` });
    }
    items.forEach((item, i) => walk(item, `${path}[${i}]`, depth + 1, false, problems));
    return;
  }
  const record = value as Record<string, unknown>;
  const entries: Array<[string, unknown]> = [];
  for (const key of keysOf(record)) if (record[key] !== undefined) entries.push([key, record[key]]);
  if (entries.length > DOCUMENT_LIMITS.maxFields) {
    problems.push({ path: path || "(document)", message: `${entries.length} fields, over Convex's limit of ${DOCUMENT_LIMITS.maxFields}` });
  }
  for (const [key, field] of entries) {
    const at = path ? `${path}.${key}` : key;
    const nameProblem = fieldNameProblem(key, topLevel);
    if (nameProblem) problems.push({ path: at, message: nameProblem });
    walk(field, at, depth + 1, false, problems);
  }
}
