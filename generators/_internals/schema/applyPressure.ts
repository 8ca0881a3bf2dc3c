import { ref, type DatasetDocument, type DatasetValue } from "../../../harness/model/dataset.js";
import { picked } from "./raw.js";
import { AMOUNTS, lands, type Position, type PressureKind, type PressurePlan, type PressureTargets } from "./pressurePlan.js";
import { NONE, placeholder, type Validator } from "./validators.js";


/** Appends the plan's fan-out children: clones of one child, each pointing to the same parent. */
export function applyFanOut(tables: Record<string, DatasetDocument[]>, plan: PressurePlan | undefined, targets: PressureTargets): void {
  if (!plan?.fanOut || targets.edges.length === 0) return;
  const { edge, parent, template, children } = plan.fanOut;
  const { child, field, parent: parentTable } = targets.edges[edge % targets.edges.length];
  const docs = tables[child];
  const parents = tables[parentTable]?.length ?? 0;
  if (docs.length === 0 || parents === 0) return;
  const model = docs[picked(template, docs.length)];
  const target = ref(parentTable, picked(parent, parents));
  tables[child] = [...docs, ...Array.from({ length: children }, () => ({ ...model, [field]: target }))];
}

/** Puts the plan's heavy values into the documents it picks. */
export function applyValues(tables: Record<string, DatasetDocument[]>, plan: PressurePlan | undefined, targets: PressureTargets): void {
  if (!plan) return;
  const { bytes, shape } = plan;
  press(tables, targets, bytes, "bytes", (position) => heavy(position.validator, "bytes", bytes.amount, bytes.unit, position.path.length));
  if (shape) {
    const kind = targets.shapeKinds[shape.kind % targets.shapeKinds.length];
    const { min, max } = AMOUNTS[kind];
    const amount = min + (shape.amount % (max - min + 1));
    press(tables, targets, shape, kind, (position, doc) => heavy(position.validator, kind, amount, "x", position.path.length, valueAt(doc, position.path)));
  }
}

function press(
  tables: Record<string, DatasetDocument[]>,
  targets: PressureTargets,
  at: { table: number; doc: number; position: number },
  kind: PressureKind,
  make: (position: Position, doc: DatasetDocument) => DatasetValue | typeof NONE,
): void {
  // Only tables with somewhere to put this kind, so that every kind is reached as often.
  const able = targets.tables.filter((t) => tables[t.name].length > 0 && t.positions.some((p) => p.kinds.has(kind)));
  // The picked table, position and document first; when the value cannot go
  // there (a nested field whose object is absent), the next that takes it:
  // a plan of a kind that can land always does (see pressureNeeds).
  for (const table of rotated(able, at.table)) {
    const docs = tables[table.name];
    const positions = table.positions.filter((p) => p.kinds.has(kind));
    for (const position of rotated(positions, at.position)) {
      for (const index of rotated(docs.map((_, i) => i), picked(at.doc, docs.length))) {
        if (!lands(position, kind) && setAt(docs[index], position.path, null) === undefined) continue;
        const value = make(position, docs[index]);
        const updated = value === NONE ? undefined : setAt(docs[index], position.path, value);
        if (updated) {
          tables[table.name] = docs.map((doc, i) => (i === index ? updated : doc));
          return;
        }
      }
    }
  }
}

/** `items` starting at `start` (modulo their count), then around. */
function rotated<T>(items: readonly T[], start: number): T[] {
  if (items.length === 0) return [];
  const at = start % items.length;
  return [...items.slice(at), ...items.slice(0, at)];
}

/** A value of `validator` near the limit of `kind`, built cheaply by repetition. */
function heavy(v: Validator, kind: PressureKind, amount: number, unit: string, depthAt: number, existing?: unknown): DatasetValue | typeof NONE {
  switch (kind) {
    case "bytes": {
      if (v.kind === "bytes") return new Uint8Array(amount).fill(unit.charCodeAt(0)).buffer;
      const text = unit.repeat(Math.floor(amount / unit.length)) + unit.slice(0, amount % unit.length);
      // In a v.any() field, inside an object: what an app stores there is mostly objects (a pasted document in metadata).
      return v.kind === "any" ? { text } : text;
    }
    case "array": {
      const first = Array.isArray(existing) && existing.length > 0 ? light(existing[0]) : undefined;
      const item = first ?? (v.kind === "array" ? placeholder(v.element!) : 0);
      return item === NONE ? NONE : Array.from({ length: amount }, () => item as DatasetValue);
    }
    case "fields": {
      const first = existing && typeof existing === "object" && !Array.isArray(existing) ? light(Object.values(existing)[0]) : undefined;
      const item = first ?? (v.kind === "record" ? placeholder(v.value as Validator) : 0);
      if (item === NONE) return NONE;
      return Object.fromEntries(Array.from({ length: amount }, (_, i) => [`f${i}`, item as DatasetValue]));
    }
    case "depth": {
      // The document is level 1 and the field's value starts at level depthAt + 1.
      let value: DatasetValue = 0;
      for (let level = Math.min(amount, AMOUNTS.depth.max) - depthAt; level > 0; level--) value = { d: value };
      return value;
    }
  }
}

/** Largest value repeated as it is (about, in bytes): the bytes pressure may have made the value there a heavy one. */
const LIGHT_BYTES = 1024;

/**
 * `value` if it is light enough to repeat thousands of times (a primitive, a
 * reference, a small object), else undefined: repeating a value the bytes
 * pressure made near 1 MiB would build a document of hundreds of MiB.
 */
function light(value: unknown): DatasetValue | undefined {
  return value !== undefined && weight(value, LIGHT_BYTES) <= LIGHT_BYTES ? (value as DatasetValue) : undefined;
}

/** Roughly the bytes of `value`, counted until `limit` is passed. */
function weight(value: unknown, limit: number): number {
  if (typeof value === "string") return value.length;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (value === null || typeof value !== "object") return 8;
  let total = 0;
  for (const [key, item] of Object.entries(value)) {
    total += key.length + weight(item, limit - total);
    if (total > limit) break;
  }
  return total;
}

function valueAt(doc: DatasetDocument, path: string[]): unknown {
  let current: unknown = doc;
  for (const step of path) current = current && typeof current === "object" ? (current as Record<string, unknown>)[step] : undefined;
  return current;
}

/** A copy of `doc` with `value` at `path`, or undefined when an object on the way is absent. */
function setAt(doc: DatasetDocument, path: string[], value: DatasetValue): DatasetDocument | undefined {
  if (path.length === 1) return { ...doc, [path[0]]: value };
  const inner = doc[path[0]];
  if (inner === null || typeof inner !== "object" || Array.isArray(inner) || inner instanceof ArrayBuffer) return undefined;
  const updated = setAt(inner as DatasetDocument, path.slice(1), value);
  return updated && { ...doc, [path[0]]: updated };
}
