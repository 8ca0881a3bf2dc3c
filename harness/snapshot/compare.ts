import { stableStringify } from "../model/stable.js";
import { isArray, keysOf, isPlainObject } from "../model/values.js";

/** One place where two values differ; `path` is readable, e.g. `apiKeys[apiKeys:1a2b3c4d].anthropic`. */
export interface Difference {
  path: string;
  kind: "changed" | "missing" | "extra";
  expected?: unknown;
  actual?: unknown;
}

export interface Comparison {
  equal: boolean;
  differences: Difference[];
}

/** Leftover documents beyond which unmatched documents are not paired up by similarity. */
const MAX_PAIRING = 200;

/**
 * Deep comparison of two Convex values (typically canonical snapshots or a
 * spec's view of them) with Convex's notion of equality: -0 differs from 0,
 * NaN equals NaN, bigint differs from number, bytes compare by content.
 * Arrays of documents (objects with an `_id`) are compared as sets keyed by
 * `_id`, so one missing document reads as one difference, not as every later
 * document shifted by one.
 */
export function compareValues(expected: unknown, actual: unknown): Comparison {
  const differences: Difference[] = [];
  compareAt("", expected, actual, differences);
  return { equal: differences.length === 0, differences };
}

function compareAt(path: string, expected: unknown, actual: unknown, out: Difference[]): void {
  if (stableStringify(expected) === stableStringify(actual)) return;
  if (expected === undefined) return void out.push({ path, kind: "extra", actual });
  if (actual === undefined) return void out.push({ path, kind: "missing", expected });
  if (isDocumentArray(expected) && isDocumentArray(actual) && (expected.length > 0 || actual.length > 0)) {
    return compareDocuments(path, expected, actual, out);
  }
  if (isArray(expected) && isArray(actual)) {
    for (let i = 0; i < Math.max(expected.length, actual.length); i++) compareAt(`${path}[${i}]`, expected[i], actual[i], out);
    return;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    const keys = [...new Set([...keysOf(expected), ...keysOf(actual)])].sort();
    for (const key of keys) compareAt(path === "" ? key : `${path}.${key}`, expected[key], actual[key], out);
    return;
  }
  out.push({ path, kind: "changed", expected, actual });
}

type Doc = Record<string, unknown> & { _id: string };

function compareDocuments(path: string, expected: Doc[], actual: Doc[], out: Difference[]): void {
  const unmatchedActual = new Map<string, Doc[]>();
  for (const doc of actual) unmatchedActual.set(doc._id, [...(unmatchedActual.get(doc._id) ?? []), doc]);
  const leftoverExpected: Doc[] = [];
  for (const doc of expected) {
    const twin = unmatchedActual.get(doc._id)?.shift();
    if (twin) compareAt(`${path}[${doc._id}]`, withoutId(doc), withoutId(twin), out);
    else leftoverExpected.push(doc);
  }
  const leftoverActual = [...unmatchedActual.values()].flat();
  // A changed document gets a new content label; pair it with its most
  // similar counterpart so the diff shows the changed fields, not a whole
  // document missing and another one extra.
  const pairable = leftoverExpected.length * leftoverActual.length <= MAX_PAIRING * MAX_PAIRING;
  for (const doc of leftoverExpected) {
    const match = pairable ? mostSimilar(doc, leftoverActual) : -1;
    if (match < 0) {
      out.push({ path: `${path}[${doc._id}]`, kind: "missing", expected: doc });
      continue;
    }
    const [twin] = leftoverActual.splice(match, 1);
    compareAt(`${path}[${doc._id}]`, withoutId(doc), withoutId(twin), out);
  }
  for (const doc of leftoverActual) out.push({ path: `${path}[${doc._id}]`, kind: "extra", actual: doc });
}

/** Index of the candidate sharing the most top-level field values with `doc` (at least one), or -1. */
function mostSimilar(doc: Doc, candidates: Doc[]): number {
  let best = -1;
  let bestScore = 0;
  candidates.forEach((candidate, index) => {
    let score = 0;
    for (const [key, value] of Object.entries(doc)) {
      if (key !== "_id" && stableStringify(value) === stableStringify(candidate[key])) score++;
    }
    if (score > bestScore) [best, bestScore] = [index, score];
  });
  return best;
}

function withoutId(doc: Doc): Record<string, unknown> {
  const { _id, ...rest } = doc;
  return rest;
}

function isDocumentArray(value: unknown): value is Doc[] {
  return isArray(value) && value.every((item) => isPlainObject(item) && typeof item._id === "string");
}

