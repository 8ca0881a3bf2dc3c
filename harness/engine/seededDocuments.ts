import { isRefMarker, type Dataset, type DatasetValue } from "../model/dataset.js";
import type { SeededIds } from "../model/labels.js";

/** A document as seeded: its fields, references as real ids, and its `_id`. */
export type SeededDocument = { _id: string; [field: string]: unknown };

/**
 * The documents of a property run as its dataset seeded them, by id: what a
 * read-back looks up to follow a write's document to its parent. Taken from
 * the dataset and not read from the backend, so the run with the migration
 * and the run without it see the same document whatever the migration has
 * done to it by then. References are real ids; `_creationTime` is not known.
 */
export class SeededDocuments {
  private positions?: Map<string, { table: string; index: number }>;

  constructor(private readonly dataset: Dataset, private readonly ids: SeededIds) {}

  /** The document seeded with this id (patches applied), or undefined for an id the dataset did not seed. A property, so `{ doc }` may be destructured. */
  readonly doc = (id: string): SeededDocument | undefined => {
    this.positions ??= positionsOf(this.ids);
    const at = this.positions.get(id);
    if (!at) return undefined;
    const fields: Record<string, DatasetValue> = { ...this.dataset.tables[at.table]?.[at.index] };
    for (const patch of this.dataset.patches ?? []) {
      if (patch.table === at.table && patch.index === at.index) Object.assign(fields, patch.fields);
    }
    return { ...(this.resolve(fields) as Record<string, unknown>), _id: id };
  };

  private resolve(value: unknown): unknown {
    if (isRefMarker(value)) return this.ids[value.__ref[0]]?.[value.__ref[1]] ?? value;
    if (Array.isArray(value)) return value.map((item) => this.resolve(item));
    if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.resolve(v)]));
    }
    return value;
  }
}

function positionsOf(ids: SeededIds): Map<string, { table: string; index: number }> {
  const positions = new Map<string, { table: string; index: number }>();
  for (const [table, list] of Object.entries(ids)) list.forEach((id, index) => positions.set(id, { table, index }));
  return positions;
}
