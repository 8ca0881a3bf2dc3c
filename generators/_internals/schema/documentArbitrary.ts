import fc from "fast-check";
import type { GenericValidator } from "convex/values";
import { isSystemTable } from "../../../harness/model/dataset.js";
import { rarely } from "../maybe.js";
import { SYSTEM_DOCUMENTS } from "./systemDocuments.js";
import { valueArbitrary, type ValueContext } from "../valueArbitrary.js";
import { Branch, picks } from "./raw.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { idTargets, type Validator } from "./validators.js";

/** One generated document before its references resolve, and whether it is deleted after seeding. */
export interface RawDocument {
  fields: Record<string, unknown>;
  deleted: boolean;
}

/**
 * Documents of `table` with references as picks (see raw.ts) and unions
 * that hold references tagged with their member, every field option
 * applied: overrides, presences, bounds.
 */
export function documentArbitrary(table: string, options: ResolvedFromSchemaOptions): fc.Arbitrary<RawDocument> {
  const plan = options.plan.byName.get(table)!;
  const field = (path: string) => options.fields.get(`${table}.${path}`);
  const ctx: ValueContext = {
    label: "fromSchema",
    where: (path) => `${table}.${path || "(document)"}`,
    override: (path) => field(path)?.value,
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
  if (orphans === 0) return fields.map((f) => ({ fields: f, deleted: false }));
  return fc.record({ fields, deleted: rarely(orphans) }, { noNullPrototype: true });
}
