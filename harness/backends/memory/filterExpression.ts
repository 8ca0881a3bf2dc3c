import type { Value } from "convex/values";
import { compareValues, jsonToConvex } from "./convexTest/index.js";
import { isPlainObject } from "../../model/values.js";

const getPrototypeOf = Object.getPrototypeOf;

/**
 * Evaluates a serialized `.filter()` expression (convex/server's
 * filter_builder JSON) against a document, the way the Convex backend does:
 * comparisons use Convex's total order over all values (undefined < null <
 * int64 < float64 < boolean < string < bytes < array < object), so a missing
 * field is less than any number and a string is greater than every number.
 *
 * convex-test 0.0.60 compares with JavaScript's `<` instead, where
 * `undefined < 5` and `"a" > 5` are both false and `null < 5` is true; the
 * `javascript` mode reproduces that, so the harness can tell when a query's
 * result depends on the difference.
 */
export type Ordering = "convex" | "javascript";

export type FilterExpression = Record<string, unknown>;

export function evaluateFilter(expression: FilterExpression, doc: unknown, ordering: Ordering): boolean {
  return Boolean(evaluate(expression, doc, ordering));
}

function evaluate(expr: FilterExpression, doc: unknown, ordering: Ordering): unknown {
  const binary = (key: string) => (expr[key] as FilterExpression[]).map((e) => evaluate(e, doc, ordering));
  if ("$eq" in expr) return compare(binary("$eq"), "eq", ordering);
  if ("$neq" in expr) return !compare(binary("$neq"), "eq", ordering);
  if ("$lt" in expr) return compare(binary("$lt"), "lt", ordering);
  if ("$lte" in expr) return compare(binary("$lte"), "lte", ordering);
  if ("$gt" in expr) return compare(binary("$gt"), "gt", ordering);
  if ("$gte" in expr) return compare(binary("$gte"), "gte", ordering);
  if ("$and" in expr) return (expr.$and as FilterExpression[]).every((e) => evaluate(e, doc, ordering));
  if ("$or" in expr) return (expr.$or as FilterExpression[]).some((e) => evaluate(e, doc, ordering));
  if ("$not" in expr) return !evaluate(expr.$not as FilterExpression, doc, ordering);
  // Arithmetic follows JavaScript, as convex-test does; the harness does not
  // model the backend's int64 / float64 arithmetic rules.
  if ("$add" in expr) return arithmetic(binary("$add"), (a, b) => a + b);
  if ("$sub" in expr) return arithmetic(binary("$sub"), (a, b) => a - b);
  if ("$mul" in expr) return arithmetic(binary("$mul"), (a, b) => a * b);
  if ("$div" in expr) return arithmetic(binary("$div"), (a, b) => a / b);
  if ("$mod" in expr) return arithmetic(binary("$mod"), (a, b) => a % b);
  if ("$neg" in expr) return -(evaluate(expr.$neg as FilterExpression, doc, ordering) as number);
  if ("$field" in expr) return fieldValue(expr.$field as string, doc);
  if ("$literal" in expr) return literal(expr.$literal);
  throw new Error(`unknown filter expression ${JSON.stringify(expr)}`);
}

type Comparison = "eq" | "lt" | "lte" | "gt" | "gte";

function compare([left, right]: unknown[], op: Comparison, ordering: Ordering): boolean {
  if (ordering === "convex" || op === "eq") {
    // convex-test's eq already uses compareValues; only the range operators differ.
    const c = compareValues(left as Value, right as Value);
    return op === "eq" ? c === 0 : op === "lt" ? c < 0 : op === "lte" ? c <= 0 : op === "gt" ? c > 0 : c >= 0;
  }
  const [a, b] = [left as any, right as any];
  return op === "lt" ? a < b : op === "lte" ? a <= b : op === "gt" ? a > b : a >= b;
}

function arithmetic([a, b]: unknown[], f: (a: any, b: any) => unknown): unknown {
  return f(a, b);
}

/** A Convex object (not an array, bytes or a class instance): a field path can descend into it. */
function isRecord(value: unknown): value is Record<string, unknown> {
  if (!isPlainObject(value)) return false;
  const proto = getPrototypeOf(value);
  return proto === null || proto?.constructor?.name === "Object";
}

/** `a.b.c` into nested objects; anything else along the way is a missing field. */
export function fieldValue(path: string, doc: unknown): unknown {
  let value: unknown = doc;
  for (const part of path.split(".")) value = isRecord(value) ? value[part] : undefined;
  return value;
}

function literal(json: unknown): unknown {
  if (json !== null && typeof json === "object" && "$undefined" in (json as object)) return undefined;
  return jsonToConvex(json as any);
}
