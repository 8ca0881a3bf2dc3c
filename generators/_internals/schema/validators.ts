import type { GenericValidator } from "convex/values";

/** A validator's own parts, by kind, as the generators read them. */
export type Validator = GenericValidator & {
  kind: string;
  isOptional: "optional" | "required";
  tableName?: string;
  value?: unknown;
  fields?: Record<string, Validator>;
  element?: Validator;
  key?: Validator;
  members?: Validator[];
};

export const asValidator = (validator: GenericValidator): Validator => validator as Validator;

/** What a table's documents are: its object validator, or each object of a union of them. */
export function documentShapes(validator: Validator): Validator[] {
  if (validator.kind === "object") return [validator];
  if (validator.kind === "union" && validator.members!.every((m) => m.kind === "object")) return validator.members!;
  return [];
}

const targetsMemo = new WeakMap<object, ReadonlySet<string>>();

/** Tables whose ids appear anywhere inside values of `validator`. */
export function idTargets(validator: Validator): ReadonlySet<string> {
  const known = targetsMemo.get(validator);
  if (known) return known;
  const found = new Set<string>();
  if (validator.kind === "id") found.add(validator.tableName!);
  for (const part of partsOf(validator)) for (const table of idTargets(part)) found.add(table);
  targetsMemo.set(validator, found);
  return found;
}

function partsOf(validator: Validator): Validator[] {
  switch (validator.kind) {
    case "object":
      return Object.values(validator.fields!);
    case "array":
      return [validator.element!];
    case "record":
      return [validator.key!, validator.value as Validator];
    case "union":
      return validator.members!;
    default:
      return [];
  }
}

/** No value: a position whose value must be left out (see `placeholder`). */
export const NONE: unique symbol = Symbol("none");
export type Placeholder = unknown | typeof NONE;

const placeholderMemo = new WeakMap<object, Placeholder>();

/**
 * The simplest value of `validator` that holds no id: what a document
 * carries at a position whose reference cannot be inserted yet (an empty
 * array, an empty record, a member of a union without ids, a zero), or NONE
 * when every value of it holds an id. An optional object field has none of
 * its own: it is left out instead.
 */
export function placeholder(validator: Validator): Placeholder {
  if (placeholderMemo.has(validator)) return placeholderMemo.get(validator);
  const value = computePlaceholder(validator);
  placeholderMemo.set(validator, value);
  return value;
}

function computePlaceholder(v: Validator): Placeholder {
  switch (v.kind) {
    case "id":
      return NONE;
    case "string":
      return "";
    case "float64":
      return 0;
    case "int64":
    case "commitTs":
      return 0n;
    case "boolean":
      return false;
    case "null":
    case "any":
      return null;
    case "literal":
      return v.value;
    case "bytes":
      return new ArrayBuffer(0);
    case "array":
      return [];
    case "record":
      return {};
    case "union": {
      for (const member of v.members!) {
        const value = placeholder(member);
        if (value !== NONE) return value;
      }
      return NONE;
    }
    case "object": {
      const out: Record<string, unknown> = {};
      for (const [field, fieldValidator] of Object.entries(v.fields!)) {
        if (fieldValidator.isOptional === "optional") continue;
        const value = placeholder(fieldValidator);
        if (value === NONE) return NONE;
        out[field] = value;
      }
      return out;
    }
    default:
      return NONE;
  }
}

/**
 * Tables every value of `validator` must reference, through positions that
 * cannot be left out (required fields, all the way down): the documents
 * they point to must be inserted first. Ids under an optional field, an
 * array, a record or a union with an id-free member are not among them.
 */
export function hardTargets(validator: Validator): ReadonlySet<string> {
  const found = new Set<string>();
  collectHard(validator, found);
  return found;
}

function collectHard(v: Validator, found: Set<string>): void {
  if (v.kind === "id") found.add(v.tableName!);
  if (v.kind === "object") {
    for (const field of Object.values(v.fields!)) if (field.isOptional !== "optional") collectHard(field, found);
  }
  if (v.kind === "union" && placeholder(v) === NONE) for (const member of v.members!) collectHard(member, found);
}
