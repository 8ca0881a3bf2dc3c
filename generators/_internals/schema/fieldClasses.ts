import { fitsDataset } from "../../../harness/model/checkValue.js";
import { isRefMarker } from "../../../harness/model/dataset.js";
import type { Validator } from "./validators.js";

/**
 * The data classes of one table's fields, derived from its validator: each
 * optional field present and absent, each member of a union (its literal,
 * or its kind), and each reference position pointing to a deleted
 * document. `walk` finds which of them a document holds.
 */
export interface FieldClasses {
  /** Every class the table's documents can hold, in validator order. */
  classes: string[];
  walk(doc: unknown, orphaned: (table: string, index: number) => boolean, found: Set<string>): void;
}

export interface FieldClassOptions {
  table: string;
  /** Paths whose values an override (`value`) decides: an optional one keeps its presence classes, nothing below it has any. */
  overridden(path: string): boolean;
  /** Chance the optional field at a path is present: 0 or 1 leaves one of its two classes unreachable. */
  presence(path: string): number;
  /** Whether documents of `table` are ever deleted (orphans of the references to them). */
  orphans(table: string): boolean;
  /** Whether a reference to `table` can be drawn (a table generated with documents, or a system table). */
  referenceable(table: string): boolean;
  /** The most elements (or entries) the array (or record) at a path may have, when bounded. */
  maxLength(path: string): number | undefined;
}

type Walk = (value: unknown, orphaned: (table: string, index: number) => boolean, found: Set<string>) => void;

export function fieldClasses(validator: Validator, options: FieldClassOptions): FieldClasses {
  const classes: string[] = [];
  const walk = compile(validator, "", options, (name) => classes.push(name));
  return { classes, walk };
}

/**
 * Whether a value of `v` can be generated at all: false when every value
 * holds a reference to a table that has no documents to point to (one
 * `only` leaves out), so the position is always left out.
 */
function canHold(v: Validator, o: FieldClassOptions): boolean {
  switch (v.kind) {
    case "id":
      return o.referenceable(v.tableName!);
    case "object":
      return Object.values(v.fields!).every((f) => f.isOptional === "optional" || canHold(f, o));
    case "union":
      return v.members!.some((m) => canHold(m, o));
    default:
      return true;
  }
}

const NEVER = () => {};

/** `require` takes the classes this position can reach; below an unreachable one it is NEVER. */
function compile(v: Validator, path: string, o: FieldClassOptions, require: (name: string) => void): Walk {
  const name = (prefix: string) => `${prefix}:${o.table}.${path || "(document)"}`;
  switch (v.kind) {
    case "object": {
      const fields = Object.entries(v.fields!).map(([field, f]) => {
        const at = path === "" ? field : `${path}.${field}`;
        const optional = f.isOptional === "optional";
        const presence = optional ? o.presence(at) : 1;
        // A value option decides the value, not whether the field is there.
        const holds = o.overridden(at) || canHold(f, o);
        const [absent, present] = [`absent:${o.table}.${at}`, `present:${o.table}.${at}`];
        if (optional && (presence < 1 || !holds)) require(absent);
        if (optional && presence > 0 && holds) require(present);
        const walk = o.overridden(at) ? NEVER : compile(f, at, o, presence > 0 && holds ? require : NEVER);
        return { field, optional, absent, present, walk };
      });
      return (value, orphaned, found) => {
        const object = value as Record<string, unknown>;
        for (const f of fields) {
          const item = object[f.field];
          if (item === undefined) {
            if (f.optional) found.add(f.absent);
            continue;
          }
          if (f.optional) found.add(f.present);
          f.walk(item, orphaned, found);
        }
      };
    }
    case "array": {
      const reached = o.maxLength(path) !== 0 && canHold(v.element!, o) ? require : NEVER;
      const element = compile(v.element!, `${path}[]`, o, reached);
      return (value, orphaned, found) => {
        if (Array.isArray(value)) for (const item of value) element(item, orphaned, found);
      };
    }
    case "record": {
      const reached = o.maxLength(path) !== 0 && canHold(v.value as Validator, o) ? require : NEVER;
      const item = compile(v.value as Validator, path === "" ? "*" : `${path}.*`, o, reached);
      return (value, orphaned, found) => {
        if (isObject(value)) for (const entry of Object.values(value)) item(entry, orphaned, found);
      };
    }
    case "union": {
      const labels = memberLabels(v.members!);
      const members = v.members!.map((member, i) => {
        const branch = `${name("branch")}=${labels[i]}`;
        const reached = canHold(member, o) ? require : NEVER;
        reached(branch);
        return { member, branch, walk: compile(member, path, o, reached) };
      });
      return (value, orphaned, found) => {
        const matched = members.find((m) => fitsDataset(m.member, value));
        if (!matched) return;
        found.add(matched.branch);
        matched.walk(value, orphaned, found);
      };
    }
    case "id": {
      if (!o.orphans(v.tableName!) || !o.referenceable(v.tableName!)) return NEVER;
      const orphan = name("orphan");
      require(orphan);
      return (value, orphaned, found) => {
        if (isRefMarker(value) && orphaned(value.__ref[0], value.__ref[1])) found.add(orphan);
      };
    }
    default:
      return NEVER;
  }
}

/** A member's literal ("user"), its discriminating literal field ("kind=a"), or its kind; numbered when two read alike. */
function memberLabels(members: Validator[]): string[] {
  const labels = members.map((m) => {
    if (m.kind === "literal") return String(m.value);
    if (m.kind === "object") {
      const tag = Object.entries(m.fields!).find(([, f]) => f.kind === "literal" && f.isOptional !== "optional");
      if (tag) return `${tag[0]}=${String(tag[1].value)}`;
    }
    return m.kind;
  });
  return labels.map((label, i) => (labels.indexOf(label) === labels.lastIndexOf(label) ? label : `${label}#${i}`));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer) && !isRefMarker(value);
}
