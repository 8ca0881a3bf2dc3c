import type { GenericValidator } from "convex/values";
import { isSystemTable, SYSTEM_TABLES } from "../../../harness/model/dataset.js";
import { asValidator, documentShapes, hardTargets, idTargets, type Validator } from "./validators.js";

/** What fromSchema reads of a schema: the default export of convex/schema.ts has this shape. */
export interface SchemaLike {
  tables: Record<string, { validator: GenericValidator }>;
}

export interface TablePlan {
  readonly name: string;
  readonly validator: Validator;
  /** Tables its documents must reference through positions that cannot be left out. */
  readonly hard: ReadonlySet<string>;
  /** Every table its documents may reference. */
  readonly targets: ReadonlySet<string>;
  /** Top-level fields that are a `v.id` of a table of the schema, optional or not, and the table each points to. */
  readonly idFields: ReadonlyMap<string, string>;
  /** Those of them that are required. */
  readonly hardFields: ReadonlyMap<string, string>;
  /** Its indexes, by name: what `unique` may name. */
  readonly indexes: ReadonlyMap<string, readonly string[]>;
  /** Position in seeding order. */
  readonly rank: number;
}

export interface SchemaPlan {
  /** In seeding order: every table after the tables it must reference. */
  readonly tables: readonly TablePlan[];
  readonly byName: ReadonlyMap<string, TablePlan>;
}

/**
 * The tables to generate and their seeding order. `only` picks tables; the
 * tables they must reference come along. Required references decide the
 * order (a document is inserted after those it cannot do without); every
 * other reference may point anywhere, and is patched in after the inserts
 * when it points forward. A cycle of required references cannot be seeded
 * at all, nor can a required reference of a table to itself (its first
 * document would have nothing to point to): both are errors naming the fields.
 */
export function analyzeSchema(schema: SchemaLike, only?: readonly string[], overridden: Overridden = () => false): SchemaPlan {
  if (!schema || typeof schema !== "object" || typeof schema.tables !== "object") {
    throw new Error("fromSchema: `schema` must be the default export of convex/schema.ts (defineSchema({...}))");
  }
  const names = Object.keys(schema.tables);
  for (const name of only ?? []) {
    if (!names.includes(name)) throw new Error(`fromSchema: options.only names table "${name}", which the schema does not define (it has ${names.join(", ")})`);
  }
  const required = new Map(Object.keys(schema.tables).map((name) => [name, requiredReferences(schema, name, overridden)]));
  const hardOf = (name: string): ReadonlyMap<string, string[]> => required.get(name)!;
  const wanted = pullIn(only ?? names, hardOf);
  const order = seedingOrder(names.filter((n) => wanted.has(n)), hardOf);
  const tables = order.map((name, rank): TablePlan => {
    const validator = asValidator(schema.tables[name].validator);
    // System ids (a file, a scheduled call) always have a document to point to: they order nothing.
    const ids = documentShapes(validator).flatMap((shape) => Object.entries(shape.fields!).filter(([, f]) => f.kind === "id" && !isSystemTable(f.tableName!)));
    return {
      name,
      validator,
      hard: new Set(hardOf(name).keys()),
      targets: idTargets(validator),
      idFields: new Map(ids.map(([field, f]) => [field, f.tableName!])),
      hardFields: new Map(ids.filter(([, f]) => f.isOptional !== "optional").map(([field, f]) => [field, f.tableName!])),
      indexes: indexesOf(schema.tables[name]),
      rank,
    };
  });
  return { tables, byName: new Map(tables.map((t) => [t.name, t])) };
}

/** Whether the options decide a top-level field's values (its references are not generated). */
export type Overridden = (table: string, field: string) => boolean;

/** The tables a table's documents must reference, each with the fields that do (overridden fields aside). */
function requiredReferences(schema: SchemaLike, name: string, overridden: Overridden): Map<string, string[]> {
  const validator = asValidator(schema.tables[name].validator);
  const shapes = documentShapes(validator);
  if (shapes.length === 0) {
    throw new Error(`fromSchema: the validator of table ${name} must be an object or a union of objects, got "${validator.kind}"`);
  }
  const found = new Map<string, string[]>();
  for (const shape of shapes) {
    for (const [field, fieldValidator] of Object.entries(shape.fields!)) {
      for (const target of idTargets(fieldValidator)) {
        if (schema.tables[target] || isSystemTable(target)) continue;
        throw new Error(
          `fromSchema: ${name}.${field} holds v.id("${target}"), but "${target}" is neither a table of the schema nor a system table (${SYSTEM_TABLES.join(", ")})`,
        );
      }
      if (fieldValidator.isOptional === "optional" || overridden(name, field)) continue;
      for (const target of hardTargets(fieldValidator)) {
        if (!isSystemTable(target)) found.set(target, [...(found.get(target) ?? []), `${name}.${field}`]);
      }
    }
  }
  return found;
}

/** `only` and, transitively, the tables their required references point to. */
function pullIn(only: readonly string[], hardOf: (name: string) => ReadonlyMap<string, string[]>): Set<string> {
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const target of hardOf(name).keys()) visit(target);
  };
  for (const name of only) visit(name);
  return wanted;
}

/** Schema order, except that a table comes after every table it must reference. */
function seedingOrder(names: string[], hardOf: (name: string) => ReadonlyMap<string, string[]>): string[] {
  const order: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (name: string, path: string[]) => {
    if (state.get(name) === "done") return;
    if (state.get(name) === "visiting") {
      const cycle = [...path.slice(path.indexOf(name)), name];
      const fields = cycle.slice(0, -1).map((table, i) => hardOf(table).get(cycle[i + 1])!.join(" / "));
      throw new Error(
        `fromSchema: required references form a cycle (${fields.join(" -> ")}): no document of it can be inserted first. ` +
          `Make one of these references optional, or override its field in options.fields`,
      );
    }
    state.set(name, "visiting");
    const hard = hardOf(name);
    if (hard.has(name)) {
      throw new Error(
        `fromSchema: ${hard.get(name)!.join(", ")} is a required reference of ${name} to itself: its first document ` +
          `would have nothing to point to. Make it optional (v.optional(v.id("${name}"))), or override the field in options.fields`,
      );
    }
    for (const target of hard.keys()) visit(target, [...path, name]);
    state.set(name, "done");
    order.push(name);
  };
  for (const name of names) visit(name, []);
  return order;
}

/** A table definition's indexes (convex's `" indexes"()` accessor, or its field in older versions). */
function indexesOf(table: unknown): Map<string, readonly string[]> {
  const definition = table as { " indexes"?: () => Array<{ indexDescriptor: string; fields: string[] }>; indexes?: Array<{ indexDescriptor: string; fields: string[] }> };
  const list = typeof definition[" indexes"] === "function" ? definition[" indexes"]() : (definition.indexes ?? []);
  return new Map(list.map((index) => [index.indexDescriptor, index.fields]));
}
