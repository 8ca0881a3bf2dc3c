import fc from "fast-check";
import type { TableOptions } from "../../options/fromSchemaOptions.js";
import type { SchemaPlan, TablePlan } from "./analyze.js";
import { isShare } from "./fieldOptions.js";
import { validatorsAt } from "./paths.js";
import { documentShapes, type Validator } from "./validators.js";

/** A table's options, checked against the schema. */
export interface ResolvedTable {
  readonly plan: TablePlan;
  readonly size: { readonly min: number; readonly max: number };
  /** Whether the options bound its size (`size`): size pressure adds no documents past it. */
  readonly sizeBounded: boolean;
  /** Keys (field paths) of which at most one document may hold each value. */
  readonly unique: ReadonlyArray<readonly string[]>;
  /** A required v.id field: exactly one document of this table per document of `target`. */
  readonly exactlyOnePer?: { readonly field: string; readonly target: string };
  /** Fields derived from a value reached through references. */
  readonly same: ReadonlyArray<{ readonly field: string; readonly path: readonly string[] }>;
  readonly orphans: number;
  /** Hand-built documents instead of generated ones. */
  readonly document?: fc.Arbitrary<Record<string, unknown>>;
}

/** Checks `options.tables` and fills in the defaults of every generated table. */
export function resolveTables(plan: SchemaPlan, batchSize: number, tables: Record<string, TableOptions> = {}): Map<string, ResolvedTable> {
  for (const name of Object.keys(tables)) {
    if (!plan.byName.has(name)) {
      throw new Error(`fromSchema: options.tables.${name} names a table that is not generated (generated: ${[...plan.byName.keys()].join(", ")}); add it to options.only`);
    }
  }
  const out = new Map<string, ResolvedTable>();
  for (const table of plan.tables) {
    const options = tables[table.name] ?? {};
    const fail = (option: string, problem: string): never => {
      throw new Error(`fromSchema: options.tables.${table.name}.${option} ${problem}`);
    };
    const orphans = options.orphans ?? 0;
    if (!isShare(orphans)) fail("orphans", `must be between 0 and 1, got ${orphans}`);
    if (options.document !== undefined && !(options.document instanceof fc.Arbitrary)) fail("document", "must be a fast-check Arbitrary of documents");
    out.set(table.name, {
      plan: table,
      size: sizeOf(options.size, batchSize, fail),
      sizeBounded: typeof options.size === "number" || options.size?.max !== undefined,
      unique: (options.unique ?? []).map((key) => uniqueKey(table, key, fail)),
      exactlyOnePer: options.exactlyOnePer === undefined ? undefined : oneReference(table, options.exactlyOnePer, fail),
      same: Object.entries(options.same ?? {}).map(([field, path]) => derived(plan, table, field, path, fail)),
      orphans,
      document: options.document,
    });
  }
  return out;
}

type Fail = (option: string, problem: string) => never;

function sizeOf(size: TableOptions["size"], batchSize: number, fail: Fail): { min: number; max: number } {
  const count = (name: string, n: unknown) => {
    if (!Number.isInteger(n) || (n as number) < 0) fail(name, `must be a non-negative integer, got ${String(n)}`);
    return n as number;
  };
  if (typeof size === "number") return { min: count("size", size), max: size };
  const min = count("size.min", size?.min ?? 0);
  const max = count("size.max", size?.max ?? Math.max(min, 4 * batchSize + 2));
  if (min > max) fail("size", `has min ${min} above max ${max}`);
  return { min, max };
}

/** An index name, a field path or a list of field paths, as field paths that exist. */
function uniqueKey(table: TablePlan, key: string | readonly string[], fail: Fail): readonly string[] {
  const fields = typeof key === "string" ? (table.indexes.get(key) ?? [key]) : key;
  if (fields.length === 0) fail("unique", "has an empty key");
  for (const field of fields) {
    if (validatorsAt(table.validator, field).length === 0) {
      fail("unique", `names "${field}", which is neither an index (${[...table.indexes.keys()].join(", ") || "none"}) nor a field of ${table.name}`);
    }
  }
  return fields;
}

/** The field of exactlyOnePer: a required top-level v.id, named directly or through an index on it alone. */
function oneReference(table: TablePlan, name: string, fail: Fail): { field: string; target: string } {
  const fields = table.indexes.get(name) ?? [name];
  const validators = fields.length === 1 ? topLevel(table, fields[0]) : [];
  const target = validators[0]?.tableName;
  if (validators.length === 0 || !validators.every((v) => v.kind === "id" && v.tableName === target && v.isOptional !== "optional")) {
    fail("exactlyOnePer", `must name a required v.id field of ${table.name} (or an index on one), got "${name}"`);
  }
  return { field: fields[0], target: target! };
}

function topLevel(table: TablePlan, field: string): Validator[] {
  return documentShapes(table.validator).flatMap((shape) => (field in shape.fields! ? [shape.fields![field]] : []));
}

/** `same: { field: "ref.inner.path" }`: the path must start at a reference and reach a field through references. */
function derived(plan: SchemaPlan, table: TablePlan, field: string, path: string, fail: Fail): { field: string; path: string[] } {
  if (topLevel(table, field).length === 0) fail(`same.${field}`, `names a field ${table.name} does not have`);
  const steps = path.split(".");
  let current: TablePlan | undefined = table;
  for (let i = 0; i < steps.length; i++) {
    const found: Validator[] = current ? topLevel(current, steps[i]) : [];
    if (found.length === 0) fail(`same.${field}`, `is "${path}", but ${current?.name ?? "?"} has no field "${steps[i]}"`);
    if (i === steps.length - 1) break;
    const target: string | undefined = found[0].kind === "id" ? found[0].tableName : undefined;
    current = target === undefined ? undefined : plan.byName.get(target);
    if (!current) fail(`same.${field}`, `is "${path}", but "${steps[i]}" is not a reference to a generated table`);
  }
  if (steps.length < 2) fail(`same.${field}`, `is "${path}": it must start at a reference field ("threadId.userId")`);
  return { field, path: steps };
}
