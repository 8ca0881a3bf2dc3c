import type { GenericValidator } from "convex/values";
import { isEncryptMarker, isRefMarker } from "./dataset.js";
import { isArray, isBytes, isPlainObject, keysOf } from "./values.js";

/** Where a problem is, and what it is. */
export interface ValueProblem {
  path: string;
  message: string;
}

/** The table that owns an id, when the id names a document of the snapshot. */
export type IdOwner = (id: string) => string | undefined;

type AnyValidator = GenericValidator & { kind: string; isOptional: "optional" | "required" };

/**
 * How the walk reads values: a snapshot's ids are strings a table owns; a
 * dataset's references are RefMarkers and its ciphertext EncryptMarkers
 * (leaves, never objects). `first` stops at the first problem, for callers
 * that only ask whether a value fits.
 */
interface Reading {
  owner: IdOwner;
  dataset: boolean;
  first: boolean;
}

/**
 * Checks a value against a Convex validator the way a deployment does on
 * insert, including what convex-test skips: record values and keys, extra
 * fields, and ids that name a document of another table.
 */
export function checkValue(validator: GenericValidator, value: unknown, path: string, owner: IdOwner): ValueProblem[] {
  return check(validator as AnyValidator, value, path, { owner, dataset: false, first: false });
}

/**
 * Whether a dataset value is one of the validator's: references as
 * RefMarkers of its table (or id strings an override put there), ciphertext
 * as EncryptMarkers where a string goes.
 */
export function fitsDataset(validator: GenericValidator, value: unknown): boolean {
  return check(validator as AnyValidator, value, "", { owner: () => undefined, dataset: true, first: true }).length === 0;
}

function check(v: AnyValidator, value: unknown, path: string, reading: Reading): ValueProblem[] {
  const fail = (message: string): ValueProblem[] => [{ path: path || "(document)", message }];
  const isObject = (x: unknown): x is Record<string, unknown> => isPlainObject(x) && !(reading.dataset && (isRefMarker(x) || isEncryptMarker(x)));
  switch (v.kind) {
    case "any":
      return [];
    case "string":
      return typeof value === "string" || (reading.dataset && isEncryptMarker(value)) ? [] : fail(`expected a string, got ${describeValue(value)}`);
    case "float64":
      return typeof value === "number" ? [] : fail(`expected a number (v.number()), got ${describeValue(value)}`);
    case "int64":
    case "commitTs":
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
      if (reading.dataset && isRefMarker(value)) return value.__ref[0] === table ? [] : fail(`expected an id of ${table}, got a reference to ${value.__ref[0]}`);
      if (typeof value !== "string") return fail(`expected an id of ${table}, got ${describeValue(value)}`);
      const actual = reading.owner(value);
      return actual === undefined || actual === table ? [] : fail(`expected an id of ${table}, got an id of ${actual}`);
    }
    case "array": {
      if (!isArray(value)) return fail(`expected an array, got ${describeValue(value)}`);
      const element = (v as unknown as { element: AnyValidator }).element;
      const problems: ValueProblem[] = [];
      for (let i = 0; i < value.length && !(reading.first && problems.length > 0); i++) {
        problems.push(...check(element, value[i], `${path}[${i}]`, reading));
      }
      return problems;
    }
    case "object": {
      if (!isObject(value)) return fail(`expected an object, got ${describeValue(value)}`);
      const fields = (v as unknown as { fields: Record<string, AnyValidator> }).fields;
      const problems: ValueProblem[] = [];
      for (const name in fields) {
        if (reading.first && problems.length > 0) return problems;
        const field = fields[name];
        const at = path ? `${path}.${name}` : name;
        if (value[name] === undefined) {
          if (field.isOptional !== "optional") problems.push({ path: at, message: "required field is missing" });
        } else problems.push(...check(field, value[name], at, reading));
      }
      for (const name of keysOf(value)) {
        if (!(name in fields) && value[name] !== undefined) {
          problems.push({ path: path ? `${path}.${name}` : name, message: "field is not in the validator" });
        }
      }
      return problems;
    }
    case "record": {
      if (!isObject(value)) return fail(`expected a record (object), got ${describeValue(value)}`);
      const { key, value: values } = v as unknown as { key: AnyValidator; value: AnyValidator };
      const problems: ValueProblem[] = [];
      for (const name of keysOf(value)) {
        if (reading.first && problems.length > 0) return problems;
        const at = `${path}[${JSON.stringify(name)}]`;
        problems.push(...check(key, name, at, reading).map((p) => ({ path: at, message: `record key: ${p.message}` })));
        problems.push(...check(values, value[name], at, reading));
      }
      return problems;
    }
    case "union": {
      const members = (v as unknown as { members: AnyValidator[] }).members;
      const attempts: ValueProblem[][] = [];
      for (const member of members) {
        const problems = check(member, value, path, reading);
        if (problems.length === 0) return [];
        attempts.push(problems);
      }
      // Report the member that came closest: its problems are the likeliest fix.
      const closest = attempts.reduce((best, next) => (next.length < best.length ? next : best));
      return [{ path: path || "(document)", message: `matches none of the union's ${members.length} members; closest: ${closest[0].message}` }];
    }
    default:
      return fail(`validator kind "${(v as { kind: string }).kind}" is not known to the harness`);
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
