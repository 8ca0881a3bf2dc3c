import fc from "fast-check";
import { DOCUMENT_LIMITS } from "../../../harness/model/documentLimits.js";
import { StratifiedArbitrary, type Stratum } from "../strata.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { documentShapes, NONE, placeholder, type Validator } from "./validators.js";

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
  /** A value near another limit: thousands of elements, hundreds of fields, deep nesting (`kind` indexes the targets' shapeKinds). */
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

/** Children of one parent, through one reference field, from which a dataset counts as fanned out. */
export const FAN_OUT = 100;

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

/** Where a plan can put pressure: the pressured tables that have positions, the fan-out edges, and the kinds that always land. */
export interface PressureTargets {
  tables: Array<{ name: string; positions: Position[] }>;
  edges: Edge[];
  /** Whether some table has a position where a heavy value always lands. */
  bytes: boolean;
  /** The shape kinds some table has a position for where they always land: what a plan's shape.kind indexes. */
  shapeKinds: PressureKind[];
}

/**
 * Whether a value of `kind` can always be put at `position`, whatever the
 * document holds: a top-level field (a nested one needs its object present),
 * and something to repeat (an array of references has nothing to fill
 * thousands of elements with unless one is there).
 */
export function lands(position: Position, kind: PressureKind): boolean {
  if (position.path.length !== 1 || !position.kinds.has(kind)) return false;
  const v = position.validator;
  if (v.kind === "any") return true;
  if (kind === "array") return placeholder(v.element!) !== NONE;
  if (kind === "fields") return placeholder(v.value as Validator) !== NONE;
  return true;
}

/** The pressure targets of the generated tables: fields without bounds of their own (a bounded string stays within them). */
export function pressureTargets(options: ResolvedFromSchemaOptions): PressureTargets {
  const tables = [...options.tables.values()]
    .filter((t) => options.pressure.tables.has(t.plan.name) && t.size.max > 0)
    .map((t) => {
      const bounded = (path: string) => {
        const field = options.fields.get(`${t.plan.name}.${path}`);
        // Bounded by the spec, or never present (a field the migration adds): no pressure there.
        return field?.maxLength !== undefined || field?.max !== undefined || field?.presence === 0;
      };
      return { name: t.plan.name, positions: positionsOf(t.plan.validator, bounded) };
    })
    .filter((t) => t.positions.length > 0);
  const landing = (kind: PressureKind) => tables.some((t) => t.positions.some((p) => lands(p, kind)));
  return { tables, edges: fanOutEdges(options), bytes: landing("bytes"), shapeKinds: SHAPE_KINDS.filter(landing) };
}

/** A reference field along which clones of a child can fan out to one parent. */
export interface Edge {
  child: string;
  field: string;
  parent: string;
}

/**
 * Reference fields of tables with no uniqueness of their own (clones repeat
 * every key), whose parent table is generated and whose field the options
 * leave to the generator: a reference never present (presence 0), or one
 * whose values an override decides, is not one to fan out along.
 */
export function fanOutEdges(options: ResolvedFromSchemaOptions): Edge[] {
  return [...options.tables.values()].flatMap((table) => {
    if (!options.pressure.tables.has(table.plan.name) || table.unique.length > 0 || table.exactlyOnePer || table.document) return [];
    // Clones past a size the options bound would break it.
    if (table.plan.validator.kind !== "object" || table.size.max === 0 || (table.sizeBounded && table.size.max < FAN_OUT)) return [];
    const name = table.plan.name;
    return [...table.plan.idFields]
      .filter(([field, parent]) => {
        const f = options.fields.get(`${name}.${field}`);
        return (options.tables.get(parent)?.size.max ?? 0) > 0 && f?.presence !== 0 && f?.value === undefined;
      })
      .map(([field, parent]) => ({ child: name, field, parent }));
  });
}

/** One stratum of size pressure: none, or bytes with at most one shape kind (an index into shapeKinds) and maybe a fan-out. */
export interface PressureCell {
  name: string;
  share: number;
  shape?: number;
  fanOut: boolean;
}

/**
 * The strata of size pressure, with their shares of datasets: none, and
 * every combination of a heavy value, one shape kind that can land (or
 * none: half of pressured datasets) and a fan-out (or not). Each kind a
 * schema can carry gets its own stratum, so a coverage sample reaches each
 * one in a fixed number of datasets (see strata.ts), whatever the seed.
 */
export function pressureCells(options: ResolvedFromSchemaOptions, targets: PressureTargets): PressureCell[] {
  const { share, fanOut } = options.pressure;
  const none: PressureCell = { name: "pressure:none", share: 1, fanOut: false };
  if (share === 0 || (!targets.bytes && targets.shapeKinds.length === 0 && targets.edges.length === 0)) return [none];
  const kinds = targets.shapeKinds.length;
  const shapes: Array<{ shape?: number; share: number }> = kinds === 0 ? [{ share: 1 }] : [{ share: 0.5 }, ...targets.shapeKinds.map((_, shape) => ({ shape, share: 0.5 / kinds }))];
  const fans = targets.edges.length === 0 || fanOut === 0 ? [{ fan: false, share: 1 }] : [{ fan: false, share: 1 - fanOut }, { fan: true, share: fanOut }];
  const cells = shapes.flatMap((s) =>
    fans
      .filter((f) => f.share > 0)
      .map((f): PressureCell => ({
        name: ["pressure:bytes", ...(s.shape === undefined ? [] : [targets.shapeKinds[s.shape]]), ...(f.fan ? ["fan-out"] : [])].join("+"),
        share: share * s.share * f.share,
        shape: s.shape,
        fanOut: f.fan,
      })),
  );
  return [{ ...none, share: 1 - share }, ...cells];
}

export function pressureArbitrary(options: ResolvedFromSchemaOptions, targets: PressureTargets): fc.Arbitrary<PressurePlan | undefined> {
  const { maxChildren } = options.pressure;
  const index = fc.nat({ max: 63 });
  const ascii = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789 ") });
  const bytes = fc.record({ table: index, doc: fc.nat({ max: 3 }), position: index, amount: fc.integer(AMOUNTS.bytes), unit: ascii }, { noNullPrototype: true });
  const shape = (kind: number) => fc.record({ table: index, doc: fc.nat({ max: 3 }), position: index, kind: fc.constant(kind), amount: fc.nat({ max: 1_000_000 }) }, { noNullPrototype: true });
  const fanOut = fc.record({ edge: index, parent: fc.nat({ max: 3 }), template: fc.nat({ max: 3 }), children: fc.integer({ min: Math.min(FAN_OUT, maxChildren), max: maxChildren }) }, { noNullPrototype: true });
  const strata = pressureCells(options, targets).map((cell): Stratum<PressurePlan | undefined> => ({
    name: cell.name,
    share: cell.share,
    arbitrary:
      cell.name === "pressure:none"
        ? fc.constant(undefined)
        : // Keys shrink in this order: the costly clones and the shape go before the heavy value's details are tried.
          fc.record(
            { fanOut: cell.fanOut ? droppable(fanOut) : fc.constant(undefined), shape: cell.shape === undefined ? fc.constant(undefined) : droppable(shape(cell.shape)), bytes },
            { noNullPrototype: true },
          ),
  }));
  return strata.length === 1 ? fc.constant(undefined) : new StratifiedArbitrary(strata);
}

/**
 * Always `arbitrary`'s value, which shrinks to undefined first: a failure
 * that needs only the heavy value sheds the shape and the fan-out. (A
 * `fc.oneof` whose undefined arm has weight 0 never shrinks to it.)
 */
function droppable<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return new Droppable(arbitrary);
}

class Droppable<T> extends fc.Arbitrary<T | undefined> {
  constructor(private readonly arbitrary: fc.Arbitrary<T>) {
    super();
  }

  generate(mrng: fc.Random, biasFactor: number | undefined): fc.Value<T | undefined> {
    const value = this.arbitrary.generate(mrng, biasFactor);
    return new fc.Value<T | undefined>(value.value, { inner: value.context });
  }

  canShrinkWithoutContext(value: unknown): value is T | undefined {
    return value === undefined || this.arbitrary.canShrinkWithoutContext(value);
  }

  shrink(value: T | undefined, context: unknown): fc.Stream<fc.Value<T | undefined>> {
    if (value === undefined) return fc.Stream.nil();
    const inner = (context as { inner?: unknown } | undefined)?.inner;
    const shrunk = this.arbitrary.shrink(value, inner).map((v) => new fc.Value<T | undefined>(v.value, { inner: v.context }));
    return fc.Stream.of(new fc.Value<T | undefined>(undefined, undefined)).join(shrunk);
  }
}

/**
 * Tables a plan needs documents in to land (see `lands`): one that can take
 * its heavy value, one that can take its shape, and the two ends of its
 * fan-out edge. Empty when tables of the drawn sizes can already take them.
 */
export function pressureNeeds(plan: PressurePlan | undefined, targets: PressureTargets, sizes: ReadonlyMap<string, number>): string[] {
  if (!plan) return [];
  const needs: string[] = [];
  const home = (kind: PressureKind) => {
    const able = targets.tables.filter((t) => t.positions.some((p) => lands(p, kind)));
    if (able.length > 0 && !able.some((t) => (sizes.get(t.name) ?? 0) > 0)) needs.push(able[0].name);
  };
  if (targets.bytes) home("bytes");
  if (plan.shape) home(targets.shapeKinds[plan.shape.kind]);
  if (plan.fanOut && targets.edges.length > 0) {
    const edge = targets.edges[plan.fanOut.edge % targets.edges.length];
    needs.push(edge.child, edge.parent);
  }
  return needs.filter((name) => (sizes.get(name) ?? 0) === 0);
}
