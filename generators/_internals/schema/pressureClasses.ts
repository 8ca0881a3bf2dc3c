import { isRefMarker, type Dataset, type DatasetDocument } from "../../../harness/model/dataset.js";
import { AMOUNTS, FAN_OUT, type PressureKind } from "./pressurePlan.js";

export type PressureClass = `pressure:${PressureKind | "fan-out"}`;

/**
 * The size-pressure classes a dataset holds, told from its values: a
 * string or bytes of at least half a MiB, an array of half the elements
 * Convex allows, an object with half the fields, a document nested half
 * as deep as allowed, and a parent with FAN_OUT or more children.
 */
export function pressureClasses(dataset: Dataset): PressureClass[] {
  const found = new Set<PressureClass>();
  for (const docs of Object.values(dataset.tables)) {
    for (const doc of docs) measure(doc, 1, found);
    if (fannedOut(docs)) found.add("pressure:fan-out");
  }
  return [...found];
}

function measure(value: unknown, depth: number, found: Set<PressureClass>): void {
  if (typeof value === "string") {
    if (value.length >= AMOUNTS.bytes.min) found.add("pressure:bytes");
    return;
  }
  if (value instanceof ArrayBuffer) {
    if (value.byteLength >= AMOUNTS.bytes.min) found.add("pressure:bytes");
    return;
  }
  if (value === null || typeof value !== "object" || isRefMarker(value)) return;
  if (depth >= AMOUNTS.depth.min) found.add("pressure:depth");
  const items = Array.isArray(value) ? value : Object.values(value);
  if (Array.isArray(value) && value.length >= AMOUNTS.array.min) found.add("pressure:array");
  if (!Array.isArray(value) && items.length >= AMOUNTS.fields.min) found.add("pressure:fields");
  // Thousands of repeated items say nothing more than their first few.
  for (const item of items.length > 64 ? items.slice(0, 64) : items) measure(item, depth + 1, found);
}

function fannedOut(docs: DatasetDocument[]): boolean {
  if (docs.length < FAN_OUT) return false;
  const counts = new Map<string, number>();
  for (const doc of docs) {
    for (const [field, value] of Object.entries(doc)) {
      if (!isRefMarker(value)) continue;
      const key = `${field} ${value.__ref[0]} ${value.__ref[1]}`;
      const n = (counts.get(key) ?? 0) + 1;
      if (n >= FAN_OUT) return true;
      counts.set(key, n);
    }
  }
  return false;
}
