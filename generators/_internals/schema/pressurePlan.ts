import fc from "fast-check";
import { DOCUMENT_LIMITS } from "../../../harness/model/documentLimits.js";
import { maybe } from "../maybe.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { documentShapes, type Validator } from "./validators.js";

/** The limits a pressured value comes near: document bytes, array length, fields per object, nesting depth. */
export type PressureKind = "bytes" | "array" | "fields" | "depth";

/** A field a pressured value can go to, and the limits it can press. */
export interface Position {
  path: string[];
  validator: Validator;
  kinds: ReadonlySet<PressureKind>;
}

/**
 * What presses one dataset against the limits, as numbers that pick where
 * (a table, a document, a field, as picks do) and how much. Each part
 * shrinks away on its own, and its amount shrinks toward the least that
 * still presses.
 */
export interface PressurePlan {
  /** A value of hundreds of KiB (a long string, bytes). */
  bytes: { table: number; doc: number; position: number; amount: number; unit: string };
  /** A value near another limit: thousands of elements, hundreds of fields, deep nesting. */
  shape?: { table: number; doc: number; position: number; kind: number; amount: number };
  /** One parent with hundreds of children: clones of one child pointing to it. */
  fanOut?: { edge: number; parent: number; template: number; children: number };
}

/**
 * Amounts reach three quarters of each limit, no more: a migration that
 * wraps a document in a few fields of its own (a ledger entry, a quarantine
 * row) stays inside the limits, one that doubles a document does not.
 */
const REACH = 0.75;
export const AMOUNTS: Record<PressureKind, { min: number; max: number }> = {
  bytes: { min: DOCUMENT_LIMITS.maxSize / 2, max: DOCUMENT_LIMITS.maxSize * REACH },
  array: { min: DOCUMENT_LIMITS.maxArrayLength / 2, max: DOCUMENT_LIMITS.maxArrayLength * REACH },
  fields: { min: DOCUMENT_LIMITS.maxFields / 2, max: DOCUMENT_LIMITS.maxFields * REACH },
  depth: { min: DOCUMENT_LIMITS.maxDepth / 2, max: DOCUMENT_LIMITS.maxDepth * REACH },
};
export const SHAPE_KINDS: PressureKind[] = ["array", "fields", "depth"];

/** Where pressure can go in a table: top-level fields and the fields of top-level objects. */
export function positionsOf(validator: Validator, bounded: (path: string) => boolean): Position[] {
  const out: Position[] = [];
  const visit = (v: Validator, path: string[], nested: boolean) => {
    const kinds = kindsOf(v, bounded(path.join(".")));
    if (kinds.size > 0) out.push({ path, validator: v, kinds });
    if (v.kind === "object" && !nested) for (const [field, f] of Object.entries(v.fields!)) visit(f, [...path, field], true);
  };
  for (const shape of documentShapes(validator).slice(0, 1)) for (const [field, f] of Object.entries(shape.fields!)) visit(f, [field], false);
  // Heavy bytes cost convex-test a base64 round trip on every write and
  // read, many times a heavy string: they carry the bytes kind only in a
  // table that has nowhere else for it.
  if (out.some((p) => p.validator.kind !== "bytes" && p.kinds.has("bytes"))) {
    return out.filter((p) => p.validator.kind !== "bytes");
  }
  return out;
}

function kindsOf(v: Validator, bounded: boolean): Set<PressureKind> {
  if (bounded) return new Set();
  switch (v.kind) {
    case "string":
    case "bytes":
      return new Set(["bytes"]);
    case "any":
      return new Set(["bytes", "array", "fields", "depth"]);
    case "array":
      return new Set(["array"]);
    case "record":
      return v.key!.kind === "string" ? new Set(["fields"]) : new Set();
    default:
      return new Set();
  }
}

/** Where a plan can put pressure: the pressured tables that have positions, and the fan-out edges. */
export interface PressureTargets {
  tables: Array<{ name: string; positions: Position[] }>;
  edges: Edge[];
}

/** The pressure targets of the generated tables: fields without bounds of their own (a bounded string stays within them). */
export function pressureTargets(options: ResolvedFromSchemaOptions): PressureTargets {
  const tables = [...options.tables.values()]
    .filter((t) => options.pressure.tables.has(t.plan.name))
    .map((t) => {
      const bounded = (path: string) => {
        const field = options.fields.get(`${t.plan.name}.${path}`);
        // Bounded by the spec, or never present (a field the migration adds): no pressure there.
        return field?.maxLength !== undefined || field?.max !== undefined || field?.presence === 0;
      };
      return { name: t.plan.name, positions: positionsOf(t.plan.validator, bounded) };
    })
    .filter((t) => t.positions.length > 0);
  return { tables, edges: fanOutEdges(options) };
}

/** A reference field along which clones of a child can fan out to one parent. */
export interface Edge {
  child: string;
  field: string;
  parent: string;
}

/** Reference fields of tables with no uniqueness of their own (clones repeat every key). */
export function fanOutEdges(options: ResolvedFromSchemaOptions): Edge[] {
  return [...options.tables.values()].flatMap((table) => {
    if (!options.pressure.tables.has(table.plan.name) || table.unique.length > 0 || table.exactlyOnePer || table.plan.validator.kind !== "object") return [];
    return [...table.plan.idFields].map(([field, parent]) => ({ child: table.plan.name, field, parent }));
  });
}

export function pressureArbitrary(options: ResolvedFromSchemaOptions, targets: PressureTargets): fc.Arbitrary<PressurePlan | undefined> {
  const { share, fanOut, maxChildren } = options.pressure;
  const edges = targets.edges.length;
  if (share === 0 || targets.tables.length === 0) return fc.constant(undefined);
  const index = fc.nat({ max: 63 });
  const ascii = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789 ") });
  const plan = fc.record(
    {
      bytes: fc.record({ table: index, doc: fc.nat({ max: 3 }), position: index, amount: fc.integer(AMOUNTS.bytes), unit: ascii }, { noNullPrototype: true }),
      shape: maybe(fc.record({ table: index, doc: fc.nat({ max: 3 }), position: index, kind: fc.nat({ max: 2 }), amount: fc.nat({ max: 1_000_000 }) }, { noNullPrototype: true }), 0.5),
      fanOut: edges === 0 ? fc.constant(undefined) : maybe(fc.record({ edge: index, parent: fc.nat({ max: 3 }), template: fc.nat({ max: 3 }), children: fc.integer({ min: Math.min(100, maxChildren), max: maxChildren }) }, { noNullPrototype: true }), fanOut),
    },
    { noNullPrototype: true },
  );
  return maybe(plan, share) as fc.Arbitrary<PressurePlan | undefined>;
}
