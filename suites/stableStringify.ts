/**
 * A deterministic text form of a Convex value: object keys sorted, undefined
 * fields left out, and what JSON cannot hold (bigint, bytes, NaN, ±Infinity,
 * -0) spelled out, so two values print the same exactly when Convex would
 * store the same value. The suites' accounting compares documents with it.
 */
export function stableStringify(value: unknown): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "bigint":
      return `${value}n`;
    case "number":
      if (value === 0 && 1 / value < 0) return "-0";
      return Number.isFinite(value) ? JSON.stringify(value) : String(value);
  }
  if (Object.prototype.toString.call(value) === "[object ArrayBuffer]") {
    return `bytes(${Array.from(new Uint8Array(value as ArrayBuffer), (b) => b.toString(16).padStart(2, "0")).join("")})`;
  }
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    const fields = Object.keys(record)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${stableStringify(record[key])}`);
    return `{${fields.join(",")}}`;
  }
  return String(value);
}
