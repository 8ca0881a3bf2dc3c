import fc from "fast-check";
import type { DatasetDocument, DatasetValue } from "../../../harness/model/dataset.js";
import type { FieldOptions } from "../../options/fromSchemaOptions.js";
import { rarely } from "../maybe.js";
import type { SchemaLike, SchemaPlan } from "./analyze.js";
import { validatorsAt } from "./paths.js";
import { picked, picks } from "./raw.js";
import { asValidator, documentShapes, type Validator } from "./validators.js";

/** A field whose values are drawn from another field's generated values: apps join tables on strings. */
export interface Join {
  /** "members.tokenIdentifier": the field that draws. */
  readonly target: { table: string; path: string };
  /** "identities.subject": the field whose values it draws. */
  readonly source: { table: string; path: string[] };
  /** Whether fromSchema inferred it (an index lookup on a same-named field) rather than the options naming it. */
  readonly inferred: boolean;
}

/**
 * Share of values that miss: drawn as the field's own values, so that a
 * migration's path for a member without an identity runs too. The rest hit,
 * picked like references (among the first documents most), so that two
 * documents often hit the same one.
 */
const MISS = 0.25;

/** Kinds a join may copy: values compared by equality, as an index lookup compares them. */
const SCALAR = new Set(["string", "float64", "int64", "boolean", "id", "literal", "bytes"]);

/**
 * The joins of a schema's generated fields: `from` options, checked against
 * the schema (the field exists, has a type the target accepts), and the
 * obvious ones inferred where they cannot cause a false alarm (see inferJoins).
 */
export function resolveJoins(schema: SchemaLike, plan: SchemaPlan, fields: ReadonlyMap<string, FieldOptions>): Join[] {
  const joins: Join[] = [];
  for (const [key, options] of fields) {
    if (options.from === undefined) continue;
    const fail = (problem: string): never => {
      throw new Error(`fromSchema: options.fields["${key}"].from ${problem}`);
    };
    if (typeof options.from !== "string") fail(`must be "<table>.<field path>", got ${String(options.from)}`);
    if (options.value !== undefined) fail("and value both decide its values: keep one");
    const dot = key.indexOf(".");
    const table = key.slice(0, dot);
    const path = key.slice(dot + 1);
    const sourceDot = options.from!.indexOf(".");
    const sourceTable = options.from!.slice(0, sourceDot);
    const sourcePath = options.from!.slice(sourceDot + 1);
    if (sourceDot < 0 || !schema.tables[sourceTable]) fail(`is "${options.from}", which does not name "<table>.<field>" of a table of the schema`);
    const sources = validatorsAt(asValidator(schema.tables[sourceTable].validator), sourcePath);
    if (sources.length === 0 || sourcePath.includes("[]") || sourcePath.includes("*")) fail(`is "${options.from}", but ${sourceTable} has no field "${sourcePath}"`);
    const targets = validatorsAt(plan.byName.get(table)!.validator, path);
    const accepted = new Set(targets.flatMap(scalars).map(signature));
    const copied = sources.flatMap(scalars);
    if (copied.length === 0 || !copied.every((v) => accepted.has(signature(v)))) {
      fail(`is "${options.from}", a ${describe(sources)}, but ${key} is a ${describe(targets)}: a join copies values of the same type`);
    }
    joins.push({ target: { table, path }, source: { table: sourceTable, path: sourcePath.split(".") }, inferred: false });
  }
  for (const join of joins) {
    const chained = joins.find((j) => j.target.table === join.source.table && j.target.path === join.source.path.join("."));
    if (chained) {
      throw new Error(
        `fromSchema: options.fields["${join.target.table}.${join.target.path}"].from is "${join.source.table}.${join.source.path.join(".")}", ` +
          `which itself draws from "${chained.source.table}.${chained.source.path.join(".")}": name that field directly`,
      );
    }
  }
  return [...joins, ...inferJoins(schema, plan, fields, joins)];
}

/**
 * Joins fromSchema infers: a top-level string field of a generated table,
 * not itself the first field of one of its table's indexes, whose name is
 * the first field of an index of exactly one other table
 * (`sessions.tokenIdentifier` and `users.by_token`), where the app looks
 * documents up by equality. The field draws from that table's values (a
 * quarter still its own), and nothing else changes. Two tables that both
 * index a field (a ledger and an issues table, each by migration) are
 * lookups of their own and join nothing, so inferred joins never chain. It cannot cause a false
 * alarm: every value drawn is a valid value of the field, one the field's
 * own generator could have drawn, so a dataset with a join is one the app
 * can hold; and matches between equal strings are what the app's index
 * exists for. A field with options of its own (a value, bounds, a `from`) is
 * left as the options say.
 */
function inferJoins(schema: SchemaLike, plan: SchemaPlan, fields: ReadonlyMap<string, FieldOptions>, explicit: Join[]): Join[] {
  const lookups = new Map<string, string[]>();
  for (const name of Object.keys(schema.tables)) {
    for (const fields of indexFields(schema.tables[name])) {
      if (fields.length > 0 && isString(asValidator(schema.tables[name].validator), fields[0])) lookups.set(fields[0], [...(lookups.get(fields[0]) ?? []), name]);
    }
  }
  const inferred: Join[] = [];
  for (const table of plan.tables) {
    for (const shape of documentShapes(table.validator).slice(0, 1)) {
      for (const field of Object.keys(shape.fields!)) {
        const indexing = [...new Set(lookups.get(field) ?? [])];
        const sources = indexing.filter((name) => name !== table.name);
        if (sources.length !== 1 || indexing.includes(table.name) || !isString(table.validator, field)) continue;
        const key = `${table.name}.${field}`;
        const options = fields.get(key);
        if (options !== undefined && Object.values(options).some((value) => value !== undefined && value !== options.presence)) continue;
        if (explicit.some((j) => j.target.table === table.name && j.target.path === field)) continue;
        // A join that would chain with an explicit one (its source drawn from elsewhere, or its target drawn from): left alone.
        if (explicit.some((j) => (j.target.table === sources[0] && j.target.path === field) || (j.source.table === table.name && j.source.path.join(".") === field))) continue;
        inferred.push({ target: { table: table.name, path: field }, source: { table: sources[0], path: [field] }, inferred: true });
      }
    }
  }
  return inferred;
}

/** Where a join stands in a generated document until the source's values are known. */
export class JoinPick {
  constructor(
    readonly pick: number,
    readonly miss: boolean,
    readonly own: unknown,
    /** The table it picks in: what a unique key of the joined field compares by. */
    readonly source: string,
  ) {}
}

/** The values of a joined field: a pick into the source's documents, or (a quarter of the time) its own value. */
export function joinArbitrary(own: fc.Arbitrary<unknown>, source: string, sourceMax: number): fc.Arbitrary<JoinPick> {
  return fc
    .record({ pick: picks(Math.max(sourceMax, 1)), miss: rarely(MISS), own }, { noNullPrototype: true })
    .map(({ pick, miss, own: value }) => new JoinPick(pick.n, miss, value, source));
}

/**
 * Replaces every JoinPick of the joined tables with the source document's
 * value (its own value on a miss, when the source table is empty, or when
 * the picked document has no value there), in place.
 */
export function applyJoins(tables: Record<string, DatasetDocument[]>, joins: readonly Join[]): void {
  const byTable = new Map<string, Join[]>();
  for (const join of joins) byTable.set(join.target.table, [...(byTable.get(join.target.table) ?? []), join]);
  for (const [table, own] of byTable) {
    const docs = tables[table];
    if (!docs) continue;
    tables[table] = docs.map((doc) => replace(doc, own, tables) as DatasetDocument);
  }
}

function replace(value: unknown, joins: readonly Join[], tables: Record<string, DatasetDocument[]>, path = ""): unknown {
  if (value instanceof JoinPick) {
    const join = joins.find((j) => j.target.path === path);
    const source = join ? tables[join.source.table] ?? [] : [];
    if (value.miss || source.length === 0) return value.own;
    const found = valueAt(source[picked(value.pick, source.length)], join!.source.path);
    return found === undefined ? value.own : found;
  }
  if (Array.isArray(value)) return value.map((item) => replace(item, joins, tables, `${path}[]`));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    const out: Record<string, unknown> = {};
    for (const [field, item] of Object.entries(value)) {
      const replaced = replace(item, joins, tables, path === "" ? field : `${path}.${field}`);
      if (replaced !== undefined) out[field] = replaced;
    }
    return out;
  }
  return value;
}

function valueAt(doc: DatasetDocument | undefined, path: readonly string[]): DatasetValue | undefined {
  let current: unknown = doc;
  for (const step of path) current = current !== null && typeof current === "object" ? (current as Record<string, unknown>)[step] : undefined;
  return current as DatasetValue | undefined;
}

function scalars(v: Validator): Validator[] {
  if (v.kind === "union") return v.members!.flatMap(scalars);
  return SCALAR.has(v.kind) ? [v] : [];
}

function signature(v: Validator): string {
  if (v.kind === "id") return `id:${v.tableName}`;
  if (v.kind === "literal") return `literal:${typeof v.value}:${String(v.value)}`;
  return v.kind;
}

function describe(validators: Validator[]): string {
  return [...new Set(validators.map((v) => (v.kind === "float64" ? "number" : v.kind === "id" ? `id of ${v.tableName}` : v.kind)))].join(" / ");
}

function isString(validator: Validator, field: string): boolean {
  const found = validatorsAt(validator, field);
  return found.length > 0 && found.every((v) => v.kind === "string");
}

function indexFields(table: unknown): string[][] {
  const definition = table as { " indexes"?: () => Array<{ fields: string[] }>; indexes?: Array<{ fields: string[] }> };
  const list = typeof definition[" indexes"] === "function" ? definition[" indexes"]() : (definition.indexes ?? []);
  return list.map((index) => index.fields);
}
