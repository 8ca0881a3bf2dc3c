import { isRefMarker, type DatasetValue } from "./dataset.js";

/** Longest value shown in a counterexample line before it is cut with "…". */
const MAX_VALUE = 80;

/** A value as a failure line shows it: references as table[index], long strings cut, seed markers as calls. */
export function formatValue(value: DatasetValue | unknown): string {
  if (isRefMarker(value)) return `${value.__ref[0]}[${value.__ref[1]}]`;
  if (typeof value === "string") return JSON.stringify(truncate(value));
  if (typeof value === "bigint") return `${value}n`;
  if (value instanceof ArrayBuffer) return `<${value.byteLength} bytes>`;
  if (Array.isArray(value)) {
    const shown = value.slice(0, 5).map(formatValue);
    return `[${shown.join(", ")}${value.length > 5 ? `, … ${value.length - 5} more` : ""}]`;
  }
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>);
    // A seed marker the app resolves ({ __encrypt: "x", key: "wrong" }) reads as a call: encrypt("x", key: "wrong").
    const marker = entries.filter(([k]) => k.startsWith("__"));
    if (marker.length === 1) {
      const [[name, payload]] = marker;
      const options = entries.filter(([k]) => !k.startsWith("__")).map(([k, v]) => `, ${k}: ${formatValue(v)}`);
      return `${name.slice(2)}(${formatValue(payload)}${options.join("")})`;
    }
    return `{ ${entries.map(([k, v]) => `${k}: ${formatValue(v)}`).join(", ")} }`;
  }
  return String(value);
}

function truncate(text: string): string {
  return text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE)}… (${text.length} chars)`;
}
