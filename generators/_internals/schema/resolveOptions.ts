import type { FieldOptions, FromSchemaOptions } from "../../options/fromSchemaOptions.js";
import { analyzeSchema, type SchemaLike, type SchemaPlan } from "./analyze.js";
import { isShare, resolveFieldOptions } from "./fieldOptions.js";
import { checkSatisfiable } from "./satisfiable.js";
import { resolveJoins } from "./joins.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { resolveTables } from "./tableOptions.js";

/**
 * Fills fromSchema's defaults and rejects what cannot be generated, at
 * construction, with a message naming the table, the field and the
 * constraint: nonsense values, paths that match nothing, required
 * references that cannot be seeded, sizes that a constraint makes impossible.
 *
 * @example
 * resolveFromSchemaOptions(schema, { batchSize: 3, tables: { userSettings: { unique: ["by_user"] } } })
 */
export function resolveFromSchemaOptions(schema: SchemaLike, options: FromSchemaOptions = {}): ResolvedFromSchemaOptions {
  const count = (name: string, value: unknown, least = 0) => {
    if (!Number.isInteger(value) || (value as number) < least) {
      throw new Error(`fromSchema: options.${name} must be an integer of at least ${least}, got ${String(value)}`);
    }
    return value as number;
  };
  const share = (name: string, value: unknown) => {
    if (!isShare(value)) throw new Error(`fromSchema: options.${name} must be between 0 and 1, got ${String(value)}`);
    return value;
  };
  const batchSize = count("batchSize", options.batchSize ?? 3, 1);
  const values = new Set(Object.entries(options.fields ?? {}).filter(([, f]) => f?.value !== undefined).map(([path]) => path));
  const documents = new Set(Object.entries(options.tables ?? {}).filter(([, t]) => t?.document !== undefined).map(([table]) => table));
  // A join needs its source: `only` brings the tables that `from` options draw from.
  const sources = Object.values(options.fields ?? {}).flatMap((f) => (typeof f?.from === "string" ? [f.from.split(".")[0]] : []));
  const only = options.only && [...new Set([...options.only, ...sources.filter((t) => t in (schema?.tables ?? {}))])];
  const plan = analyzeSchema(schema, only, (table, field) => documents.has(table) || values.has(`${table}.${field}`));
  const tables = resolveTables(plan, batchSize, options.tables);
  const pressure = typeof options.sizePressure === "number" ? { share: options.sizePressure } : (options.sizePressure ?? {});
  for (const table of pressure.tables ?? []) {
    if (!plan.byName.has(table)) throw new Error(`fromSchema: options.sizePressure.tables names "${table}", which is not generated`);
  }
  if (options.paged !== undefined && !plan.byName.has(options.paged)) {
    throw new Error(`fromSchema: options.paged names "${options.paged}", which is not a generated table`);
  }
  const fields = resolveFieldOptions(plan, options.fields);
  const resolved: ResolvedFromSchemaOptions = {
    plan,
    batchSize,
    paged: options.paged,
    tables,
    fields,
    joins: resolveJoins(schema, plan, fields),
    presence: share("presence", options.presence ?? 0.75),
    pressure: {
      share: share("sizePressure.share", pressure.share ?? 0.05),
      tables: new Set(pressure.tables ?? plan.byName.keys()),
      fanOut: share("sizePressure.fanOut", pressure.fanOut ?? 0.25),
      maxChildren: count("sizePressure.maxChildren", pressure.maxChildren ?? 200, 2),
    },
    maxDepth: count("maxDepth", options.maxDepth ?? 2),
    maxLength: count("maxLength", options.maxLength ?? 4),
    noNaN: options.noNaN ?? false,
  };
  checkSatisfiable(resolved);
  return resolved;
}
