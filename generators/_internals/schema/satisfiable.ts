import type { ResolvedFromSchemaOptions } from "./resolved.js";
import type { ResolvedTable } from "./tableOptions.js";
import { validatorsAt } from "./paths.js";
import { isSystemTable } from "../../../harness/model/dataset.js";
import { SYSTEM_DOCUMENTS } from "./systemDocuments.js";
import { documentShapes, type Validator } from "./validators.js";

/**
 * Refuses options that no dataset can meet, naming the table, the field and
 * the constraint: a required reference into a table forced empty, or a table
 * that must hold more documents than a uniqueness constraint has keys for.
 */
export function checkSatisfiable(options: ResolvedFromSchemaOptions): void {
  const { tables } = options;
  for (const table of tables.values()) {
    for (const target of table.plan.hard) {
      const other = tables.get(target)!;
      if (other.size.max === 0 && table.size.max > 0) {
        throw new Error(
          `fromSchema: ${requiredFields(table, target).join(", ")} must reference a ${target} document, but options.tables.${target}.size ` +
            `allows none; allow ${target} documents, or set options.tables.${table.plan.name}.size to 0`,
        );
      }
    }
    for (const key of table.unique) {
      const keys = keyCount(table, key, options);
      if (keys < table.size.min) {
        throw new Error(
          `fromSchema: options.tables.${table.plan.name}.unique [${key.join(", ")}] allows at most ${keys} documents of ${table.plan.name}, ` +
            `but its size is at least ${table.size.min}`,
        );
      }
    }
    const one = table.exactlyOnePer;
    if (one) {
      const other = tables.get(one.target);
      if (!other) throw new Error(`fromSchema: options.tables.${table.plan.name}.exactlyOnePer: ${one.target} is not generated`);
      if (other.size.max < table.size.min || table.size.max < other.size.min) {
        throw new Error(
          `fromSchema: options.tables.${table.plan.name}.exactlyOnePer "${one.field}" needs as many ${table.plan.name} as ${one.target} documents, ` +
            `but their sizes (${table.size.min}-${table.size.max} and ${other.size.min}-${other.size.max}) never meet`,
        );
      }
    }
  }
}

function requiredFields(table: ResolvedTable, target: string): string[] {
  return documentShapes(table.plan.validator).flatMap((shape) =>
    Object.entries(shape.fields!)
      .filter(([, v]) => v.isOptional !== "optional" && refersTo(v, target))
      .map(([field]) => `${table.plan.name}.${field}`),
  );
}

function refersTo(v: Validator, target: string): boolean {
  if (v.kind === "id") return v.tableName === target;
  if (v.kind === "object") return Object.values(v.fields!).some((f) => f.isOptional !== "optional" && refersTo(f, target));
  if (v.kind === "union") return v.members!.some((m) => refersTo(m, target));
  return false;
}

/** How many distinct keys the fields can hold at most (Infinity for strings, numbers, ...). */
function keyCount(table: ResolvedTable, key: readonly string[], options: ResolvedFromSchemaOptions): number {
  let keys = 1;
  for (const field of key) {
    const validators = validatorsAt(table.plan.validator, field);
    keys *= validators.reduce((n, v) => n + values(v, options), validators.some((v) => v.isOptional === "optional") ? 1 : 0);
  }
  return keys;
}

function values(v: Validator, options: ResolvedFromSchemaOptions): number {
  switch (v.kind) {
    case "id":
      return isSystemTable(v.tableName!) ? SYSTEM_DOCUMENTS : (options.tables.get(v.tableName!)?.size.max ?? 0);
    case "literal":
    case "null":
      return 1;
    case "boolean":
      return 2;
    case "union":
      return v.members!.reduce((n, m) => n + values(m, options), 0);
    default:
      return Number.POSITIVE_INFINITY;
  }
}
