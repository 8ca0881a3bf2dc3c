import type { GenericValidator } from "convex/values";
import { isArray, isBytes, isPlainObject, keysOf } from "../model/values.js";

/** Where a problem is, and what it is. */
export interface ValueProblem {
  path: string;
  message: string;
}

/** The table that owns an id, when the id names a document of the snapshot. */
export type IdOwner = (id: string) => string | undefined;

type AnyValidator = GenericValidator & { kind: string; isOptional: "optional" | "required" };

/**
 * Checks a value against a Convex validator the way a deployment does on
 * insert, including what convex-test skips: record values and keys, extra
 * fields, and ids that name a document of another table.
 */
export function checkValue(validator: GenericValidator, value: unknown, path: string, owner: IdOwner): ValueProblem[] {
  const v = validator as AnyValidator;
  const fail = (message: string): ValueProblem[] => [{ path: path || "(document)", message }];
  switch (v.kind) {
    case "any":
      return [];
    case "string":
      return typeof value === "string" ? [] : fail(`expected a string, got ${describeValue(value)}`);
    case "float64":
      return typeof value === "number" ? [] : fail(`expected a number (v.number()), got ${describeValue(value)}`);
    case "int64":
      return typeof value === "bigint" ? [] : fail(`expected a bigint (v.int64()), got ${describeValue(value)}`);
    case "boolean":
      return typeof value === "boolean" ? [] : fail(`expected a boolean, got ${describeValue(value)}`);
    case "null":
      return value === null ? [] : fail(`expected null, got ${describeValue(value)}`);
    case "bytes":
      return isBytes(value) ? [] : fail(`expected bytes (ArrayBuffer), got ${describeValue(value)}`);
    case "literal": {
      const literal = (v as unknown as { value: unknown }).value;
      return value === literal ? [] : fail(`expected the literal ${JSON.stringify(literal)}, got ${describeValue(value)}`);
    }
    case "id": {
      const table = (v as unknown as { tableName: string }).tableName;
      if (typeof value !== "string") return fail(`expected an id of ${table}, got ${describeValue(value)}`);
      const actual = owner(value);
      return actual === undefined || actual === table ? [] : fail(`expected an id of ${table}, got an id of ${actual}`);
    }
    case "array": {
      if (!isArray(value)) return fail(`expected an array, got ${describeValue(value)}`);
      const element = (v as unknown as { element: GenericValidator }).element;
      return value.flatMap((item, i) => checkValue(element, item, `${path}[${i}]`, owner));
    }
    case "object": {
      if (!isPlainObject(value)) return fail(`expected an object, got ${describeValue(value)}`);
      const fields = (v as unknown as { fields: Record<string, GenericValidator> }).fields;
      const problems: ValueProblem[] = [];
      for (const name in fields) {
        const field = fields[name];
        const at = path ? `${path}.${name}` : name;
        if (value[name] === undefined) {
          if ((field as AnyValidator).isOptional !== "optional") problems.push({ path: at, message: "required field is missing" });
        } else problems.push(...checkValue(field, value[name], at, owner));
      }
      for (const name of keysOf(value)) {
        if (!(name in fields) && value[name] !== undefined) {
          problems.push({ path: path ? `${path}.${name}` : name, message: "field is not in the validator" });
        }
      }
      return problems;
    }
    case "record": {
      if (!isPlainObject(value)) return fail(`expected a record (object), got ${describeValue(value)}`);
      const { key, value: values } = v as unknown as { key: GenericValidator; value: GenericValidator };
      return keysOf(value).flatMap((name) => {
        const item = value[name];
        const at = `${path}[${JSON.stringify(name)}]`;
        const keyProblems = checkValue(key, name, at, owner).map((p) => ({ path: at, message: `record key: ${p.message}` }));
        return [...keyProblems, ...checkValue(values, item, at, owner)];
      });
    }
    case "union": {
      const members = (v as unknown as { members: GenericValidator[] }).members;
      const attempts = members.map((member) => checkValue(member, value, path, owner));
      if (attempts.some((problems) => problems.length === 0)) return [];
      // Report the member that came closest: its problems are the likeliest fix.
      const closest = attempts.reduce((best, next) => (next.length < best.length ? next : best));
      return [{ path: path || "(document)", message: `matches none of the union's ${members.length} members; closest: ${closest[0].message}` }];
    }
    default:
      return fail(`validator kind "${v.kind}" is not known to the harness`);
  }
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (isArray(value)) return "an array";
  if (isBytes(value)) return "bytes";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "object") return "an object";
  if (typeof value === "bigint") return `the bigint ${value}n`;
  return `the ${typeof value} ${String(value)}`;
}

