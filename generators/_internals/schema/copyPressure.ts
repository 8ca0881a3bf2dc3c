import { isRefMarker, type DatasetDocument, type DatasetValue } from "../../../harness/model/dataset.js";
import { DOCUMENT_LIMITS } from "../../../harness/model/documentLimits.js";
import fc from "fast-check";
import { maybe } from "../maybe.js";
import { AMOUNTS, type PressureTargets } from "./pressurePlan.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { documentShapes, type Validator } from "./validators.js";

/**
 * Two tables a migration may copy a field between: a document of `table`
 * and its `partner` (a document it references, one that references it, or
 * one it joins on a string), where the partner's `field` has a namesake of
 * the same kind in `table` (a denormalized copy: `identities.displayName`
 * into `members.displayName`).
 */
export interface CopyRelation {
  table: string;
  partner: string;
  /** How a document of `table` finds its partner. */
  link: { kind: "ref"; field: string } | { kind: "referencedBy"; field: string } | { kind: "join"; field: string; sourceField: string };
  /** The partner's field that may be copied (a string or bytes field without bounds). */
  field: string;
  /** Top-level fields of `table` where its own heavy value goes: not the copy's target, not the link. */
  positions: string[];
}

/** Largest document a copy pressure makes: its two heavy values must each fit where they go. */
const ROOM = DOCUMENT_LIMITS.maxSize * 0.8;

/**
 * Where copy pressure can go. Size pressure alone puts one heavy value in
 * one document; a migration that copies a field into a larger document
 * only overflows when both the copied value and the document it lands in
 * are heavy. Copy pressure gives a pressured dataset both: a heavy value in
 * a document, and one in its partner's field of the same name, each of
 * 512-768 KiB (so the copy passes 1 MiB, while every document as seeded
 * stays within it).
 */
export function copyRelations(options: ResolvedFromSchemaOptions, targets: PressureTargets): CopyRelation[] {
  const heavyFields = new Map(targets.tables.map((t) => [t.name, t.positions.filter((p) => p.path.length === 1 && p.kinds.has("bytes") && isText(p.validator))]));
  const fieldsOf = (table: string) => topLevel(options.plan.byName.get(table)!.validator);
  const relations: CopyRelation[] = [];
  // Joined fields keep the values they join on: no heavy value there.
  const joined = new Set(options.joins.flatMap((j) => [`${j.target.table}.${j.target.path}`, `${j.source.table}.${j.source.path.join(".")}`]));
  const add = (table: string, partner: string, link: CopyRelation["link"]) => {
    const own = fieldsOf(table);
    const linkFields = new Set([link.field]);
    for (const position of heavyFields.get(partner) ?? []) {
      const field = position.path[0];
      if (own.get(field)?.kind !== position.validator.kind || joined.has(`${partner}.${field}`)) continue;
      const positions = (heavyFields.get(table) ?? []).map((p) => p.path[0]).filter((f) => f !== field && !linkFields.has(f) && !joined.has(`${table}.${f}`));
      if (positions.length > 0) relations.push({ table, partner, link, field, positions });
    }
  };
  for (const table of options.tables.values()) {
    for (const [field, parent] of table.plan.idFields) {
      if (!options.tables.has(parent) || parent === table.plan.name) continue;
      add(table.plan.name, parent, { kind: "ref", field });
      add(parent, table.plan.name, { kind: "referencedBy", field });
    }
  }
  for (const join of options.joins) {
    if (join.target.path.includes(".") || join.source.path.length !== 1 || !options.tables.has(join.source.table)) continue;
    add(join.target.table, join.source.table, { kind: "join", field: join.target.path, sourceField: join.source.path[0] });
  }
  return relations;
}

/** A document drawn to carry copy pressure, and how heavy. */
export interface CopyMark {
  amount: number;
  unit: string;
}

/**
 * Copy pressure of one document, drawn with it (in a share of the
 * documents of a table that has copy relations, the size pressure's share:
 * several a run at default runs, since a dataset holds several documents),
 * and shrinking away when a failure does not need it.
 */
export function copyMarkArbitrary(share: number): fc.Arbitrary<CopyMark | undefined> {
  const unit = fc.string({ minLength: 1, maxLength: 8, unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789 ") });
  return maybe(fc.record({ amount: fc.integer(AMOUNTS.bytes), unit }, { noNullPrototype: true }), share);
}

/**
 * Puts copy pressure in place, once a dataset: for the first marked
 * document that has a partner with room (through the first of its
 * relations that has one), a heavy value in the document and another in
 * its partner's field of the same name. Once, so that a batch of many
 * marked documents never reads past a transaction's limits on its own.
 */
export function applyCopy(tables: Record<string, DatasetDocument[]>, marked: ReadonlyArray<{ table: string; index: number; mark: CopyMark }>, relations: readonly CopyRelation[]): void {
  for (const { table, index, mark } of marked) {
    for (const relation of relations) if (relation.table === table && applyRelation(tables, index, mark, relation)) return;
  }
}

function applyRelation(tables: Record<string, DatasetDocument[]>, index: number, { amount, unit }: CopyMark, relation: CopyRelation): boolean {
  const docs = tables[relation.table] ?? [];
  const partners = tables[relation.partner] ?? [];
  const doc = docs[index];
  const partnerIndex = doc && partnerOf(relation, doc, index, partners);
  if (partnerIndex === undefined) return false;
  const field = relation.positions[amount % relation.positions.length];
  const partner = partners[partnerIndex];
  if (weight(doc) - weight(doc[field]) + amount > ROOM || weight(partner) - weight(partner[relation.field]) + amount > ROOM) return false;
  const text = (u: string) => u.repeat(Math.ceil(amount / u.length)).slice(0, amount);
  tables[relation.table] = docs.map((d, i) => (i === index ? { ...d, [field]: text(unit) } : d));
  // The partner's value differs from the document's: a copy cannot pass for the original.
  tables[relation.partner] = (tables[relation.partner] ?? []).map((d, i) => (i === partnerIndex ? { ...d, [relation.field]: text(unit === "z" ? "y" : "z") } : d));
  return true;
}

function partnerOf(relation: CopyRelation, doc: DatasetDocument, index: number, partners: readonly DatasetDocument[]): number | undefined {
  const { link } = relation;
  if (link.kind === "ref") {
    const value = doc[link.field];
    return isRefMarker(value) && value.__ref[0] === relation.partner && value.__ref[1] < partners.length ? value.__ref[1] : undefined;
  }
  const found =
    link.kind === "referencedBy"
      ? partners.findIndex((p) => isRefMarker(p[link.field]) && (p[link.field] as { __ref: [string, number] }).__ref[0] === relation.table && (p[link.field] as { __ref: [string, number] }).__ref[1] === index)
      : partners.findIndex((p) => doc[link.field] !== undefined && p[link.sourceField] === doc[link.field]);
  return found < 0 ? undefined : found;
}

/** Only strings: heavy bytes cost convex-test a base64 round trip per call (see positionsOf). */
function isText(v: Validator): boolean {
  return v.kind === "string";
}

function topLevel(validator: Validator): Map<string, Validator> {
  return new Map(documentShapes(validator).flatMap((shape) => Object.entries(shape.fields!)));
}

/** Roughly the bytes of a value (strings by length): enough to keep a document under 1 MiB. */
function weight(value: DatasetValue | undefined): number {
  if (value === undefined || value === null) return 0;
  if (typeof value === "string") return value.length;
  if (value instanceof ArrayBuffer) return value.byteLength;
  if (typeof value !== "object") return 8;
  let total = 0;
  for (const [key, item] of Object.entries(value)) total += key.length + weight(item as DatasetValue);
  return total;
}
