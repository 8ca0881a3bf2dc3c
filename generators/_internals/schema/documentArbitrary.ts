import fc from "fast-check";
import type { GenericValidator } from "convex/values";
import { isSystemTable } from "../../../harness/model/dataset.js";
import { rarely } from "../maybe.js";
import { SYSTEM_DOCUMENTS } from "./systemDocuments.js";
import { valueArbitrary, type ValueContext } from "../valueArbitrary.js";
import { Branch, picks } from "./raw.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { idTargets, type Validator } from "./validators.js";
import { joinArbitrary } from "./joins.js";
import { copyMarkArbitrary, copyRelations, type CopyMark } from "./copyPressure.js";
import { pressureTargets } from "./pressurePlan.js";
import { validatorsAt } from "./paths.js";

/** One generated document before its references resolve, and whether it is deleted after seeding. */
export interface RawDocument {
  fields: Record<string, unknown>;
  deleted: boolean;
  /** Set on a document drawn to carry copy pressure (see copyPressure.ts). */
  copy?: CopyMark;
}

/**
 * Documents of `table` with references as picks (see raw.ts) and unions
 * that hold references tagged with their member, every field option
 * applied: overrides, presences, bounds.
 */
export function documentArbitrary(table: string, options: ResolvedFromSchemaOptions): fc.Arbitrary<RawDocument> {
  const plan = options.plan.byName.get(table)!;
  const field = (path: string) => options.fields.get(`${table}.${path}`);
  const joins = new Map(options.joins.filter((j) => j.target.table === table).map((j) => [j.target.path, j]));
  const ctx: ValueContext = {
    label: "fromSchema",
    where: (path) => `${table}.${path || "(document)"}`,
    override: (path) => {
      const join = joins.get(path);
      if (join === undefined) return field(path)?.value;
      // Its own values (a miss) are what the field would hold without the join.
      const own = valueArbitrary(validatorsAt(plan.validator, path)[0], path, { ...ctx, override: (p) => (p === path ? undefined : ctx.override(p)) });
      return joinArbitrary(own, join.source.table, options.tables.get(join.source.table)?.size.max ?? 0);
    },
    presence: (path) => field(path)?.presence ?? options.presence,
    bounds: (path) => {
      const f = field(path);
      return f && (f.min ?? f.max ?? f.integer ?? f.minLength ?? f.maxLength) !== undefined ? f : undefined;
    },
    id: (target) => picks(isSystemTable(target) ? SYSTEM_DOCUMENTS : (options.tables.get(target)?.size.max ?? 0)),
    member: (union: GenericValidator, index, values) =>
      idTargets(union as Validator).size > 0 ? values.map((value) => new Branch(index, value)) : values,
    maxDepth: options.maxDepth,
    maxLength: options.maxLength,
    noNaN: options.noNaN,
  };
  const { orphans, document } = options.tables.get(table)!;
  const fields = document ?? (valueArbitrary(plan.validator, "", ctx) as fc.Arbitrary<Record<string, unknown>>);
  // Drawn only in tables with a copy relation: every other schema's datasets are drawn as before.
  const copies = options.pressure.share > 0 && options.pressure.tables.has(table) && copyRelations(options, pressureTargets(options)).some((r) => r.table === table);
  if (copies) {
    const deleted = orphans === 0 ? fc.constant(false) : rarely(orphans);
    return fc.record({ fields, deleted, copy: copyMarkArbitrary(options.pressure.share) }, { noNullPrototype: true }).map(({ copy, ...doc }) => (copy ? { ...doc, copy } : doc));
  }
  if (orphans === 0) return fields.map((f) => ({ fields: f, deleted: false }));
  return fc.record({ fields, deleted: rarely(orphans) }, { noNullPrototype: true });
}
