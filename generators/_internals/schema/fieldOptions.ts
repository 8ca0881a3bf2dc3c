import type { FieldOptions } from "../../options/fromSchemaOptions.js";
import type { SchemaPlan } from "./analyze.js";
import { validatorsAt } from "./paths.js";
import type { Validator } from "./validators.js";

const NUMERIC = new Set(["float64", "int64", "commitTs"]);
const SIZED = new Set(["string", "array", "record", "bytes", "any"]);

/**
 * Checks `options.fields` against the schema: every key names a field path
 * of a generated table ("threads.title", "messages.metadata.version",
 * "threads.tags[]"), and each option fits the validators there. Returns them
 * keyed by "table.path".
 */
export function resolveFieldOptions(plan: SchemaPlan, fields: Record<string, FieldOptions> = {}): Map<string, FieldOptions> {
  const out = new Map<string, FieldOptions>();
  for (const [key, options] of Object.entries(fields)) {
    const fail = (problem: string): never => {
      throw new Error(`fromSchema: options.fields["${key}"] ${problem}`);
    };
    const dot = key.indexOf(".");
    const table = plan.byName.get(dot < 0 ? key : key.slice(0, dot));
    if (dot < 0 || !table) fail(`must be "<table>.<field path>" for a generated table (${[...plan.byName.keys()].join(", ")})`);
    const validators = validatorsAt(table!.validator, key.slice(dot + 1));
    if (validators.length === 0) fail(`matches no field of ${table!.name} (paths look like "field", "field.inner", "list[]", "record.*")`);
    checkField(options, validators, table!.name, fail);
    out.set(key, options);
  }
  return out;
}

function checkField(options: FieldOptions, validators: Validator[], table: string, fail: (problem: string) => never): void {
  if (typeof options !== "object" || options === null) fail("must be an object of field options");
  const kinds = [...new Set(validators.map((v) => v.kind))].join(" / ");
  const every = (set: Set<string>) => validators.every((v) => set.has(v.kind));
  if (options.value !== undefined && typeof (options.value as { generate?: unknown }).generate !== "function") {
    fail("value must be a fast-check Arbitrary");
  }
  if (options.presence !== undefined) {
    if (!isShare(options.presence)) fail(`presence must be between 0 and 1, got ${options.presence}`);
    if (!validators.every((v) => v.isOptional === "optional")) fail("presence is for optional fields, and this one is required");
  }
  if (options.earlier !== undefined && !validators.every((v) => v.kind === "id" && v.tableName === table)) {
    fail(`earlier is for references of ${table} to itself`);
  }
  if (options.min !== undefined || options.max !== undefined || options.integer !== undefined) {
    if (!every(NUMERIC)) fail(`min, max and integer are for v.number() and v.int64(), not ${kinds}`);
    if (options.integer && !validators.every((v) => v.kind === "float64")) fail("integer is for v.number()");
    if (options.min !== undefined && options.max !== undefined && options.min > options.max) {
      fail(`min (${options.min}) is above max (${options.max})`);
    }
  }
  if (options.minLength !== undefined || options.maxLength !== undefined) {
    if (!every(SIZED)) fail(`minLength and maxLength are for strings, arrays, records, bytes and v.any(), not ${kinds}`);
    for (const name of ["minLength", "maxLength"] as const) {
      const n = options[name];
      if (n !== undefined && (!Number.isInteger(n) || n < 0)) fail(`${name} must be a non-negative integer, got ${n}`);
    }
    if ((options.minLength ?? 0) > (options.maxLength ?? Number.POSITIVE_INFINITY)) {
      fail(`minLength (${options.minLength}) is above maxLength (${options.maxLength})`);
    }
  }
}

export function isShare(value: unknown): value is number {
  return typeof value === "number" && value >= 0 && value <= 1;
}
