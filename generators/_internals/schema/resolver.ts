import { isRefMarker, ref } from "../../../harness/model/dataset.js";
import { Branch, Pick, picked } from "./raw.js";
import { idTargets, NONE, placeholder, type Validator } from "./validators.js";

/** A position left without a value: its nearest optional field, array element or record entry goes. */
export const ESCAPE: unique symbol = Symbol("escape");

/** Turns a generated value's picks into references: sizes of the generated tables, by name, and the document's own index. */
export type Resolve = (raw: unknown, sizes: ReadonlyMap<string, number>, index: number) => unknown;

/** What compileResolver needs to know of a table's paths. */
export interface ResolverPaths {
  /** The table whose documents it resolves. */
  table: string;
  /** Paths whose values an override decides. */
  overridden(path: string): boolean;
  /** Paths whose self-references point only to documents before this one (FieldOptions.earlier). */
  earlier(path: string): boolean;
}

/**
 * Compiles, once per validator, how a generated value becomes a dataset
 * value: every pick a `RefMarker` into the documents actually generated;
 * a pick into an empty table escapes to the nearest position that can go
 * without it (an optional field is left out, an array element or record
 * entry dropped, a union falls back to a member without ids), or escapes
 * the whole value. Values under an override and parts without ids are
 * kept as they are. A self-reference that must point to an earlier document
 * counts back from the document (the previous one first, as shrinking goes),
 * and escapes from the first.
 */
export function compileResolver(v: Validator, path: string, paths: ResolverPaths): Resolve {
  if (paths.overridden(path) || idTargets(v).size === 0) return (raw) => raw;
  const compile = (inner: Validator, at: string) => compileResolver(inner, at, paths);
  switch (v.kind) {
    case "id": {
      const table = v.tableName!;
      if (table === paths.table && paths.earlier(path)) {
        return (raw, _sizes, index) => (!(raw instanceof Pick) ? raw : index === 0 ? ESCAPE : ref(table, index - 1 - picked(raw.n, index)));
      }
      return (raw, sizes) => {
        if (!(raw instanceof Pick)) return raw;
        const size = sizes.get(table) ?? 0;
        return size === 0 ? ESCAPE : ref(table, picked(raw.n, size));
      };
    }
    case "object": {
      const fields = Object.entries(v.fields!).map(([field, f]) => ({
        field,
        optional: f.isOptional === "optional",
        resolve: compile(f, path === "" ? field : `${path}.${field}`),
      }));
      return (raw, sizes, index) => {
        const value = raw as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const { field, optional, resolve } of fields) {
          if (value[field] === undefined) continue;
          const resolved = resolve(value[field], sizes, index);
          if (resolved === ESCAPE) {
            if (!optional) return ESCAPE;
          } else out[field] = resolved;
        }
        return out;
      };
    }
    case "array": {
      const element = compile(v.element!, `${path}[]`);
      return (raw, sizes, index) => (raw as unknown[]).map((item) => element(item, sizes, index)).filter((item) => item !== ESCAPE);
    }
    case "record": {
      const value = compile(v.value as Validator, path === "" ? "*" : `${path}.*`);
      return (raw, sizes, index) => {
        const out: Record<string, unknown> = {};
        for (const [key, item] of Object.entries(raw as Record<string, unknown>)) {
          const resolved = value(item, sizes, index);
          if (resolved !== ESCAPE) out[key] = resolved;
        }
        return out;
      };
    }
    case "union": {
      const members = v.members!.map((member) => compile(member, path));
      const fallback = placeholder(v);
      return (raw, sizes, index) => {
        if (!(raw instanceof Branch)) return raw;
        const resolved = members[raw.member](raw.value, sizes, index);
        return resolved !== ESCAPE ? resolved : fallback === NONE ? ESCAPE : fallback;
      };
    }
    default:
      return (raw) => raw;
  }
}

/** Whether a reference can be inserted with the document: false when it points at or past it in seeding order. */
export type Backward = (table: string, index: number) => boolean;

/** The insertable part of a value: its references that point forward escaped (see compileResolver). */
export type Strip = (value: unknown, backward: Backward) => unknown;

/**
 * Compiles what a document can hold when it is inserted, before the
 * documents it points forward to exist: the value with each forward
 * reference escaped. The full value is patched in after every insert.
 */
export function compileStrip(v: Validator, path: string, overridden: (path: string) => boolean): Strip {
  if (overridden(path) || idTargets(v).size === 0) return (value) => value;
  switch (v.kind) {
    case "id":
      return (value, backward) => (isRefMarker(value) && !backward(value.__ref[0], value.__ref[1]) ? ESCAPE : value);
    case "object": {
      const fields = Object.entries(v.fields!).map(([field, f]) => ({
        field,
        optional: f.isOptional === "optional",
        strip: compileStrip(f, path === "" ? field : `${path}.${field}`, overridden),
      }));
      return (value, backward) => {
        const object = value as Record<string, unknown>;
        const out: Record<string, unknown> = { ...object };
        for (const { field, optional, strip } of fields) {
          if (object[field] === undefined) continue;
          const kept = strip(object[field], backward);
          if (kept !== ESCAPE) out[field] = kept;
          else if (optional) delete out[field];
          else return ESCAPE;
        }
        return out;
      };
    }
    case "array": {
      const element = compileStrip(v.element!, `${path}[]`, overridden);
      return (value, backward) => (value as unknown[]).map((item) => element(item, backward)).filter((item) => item !== ESCAPE);
    }
    case "record": {
      const item = compileStrip(v.value as Validator, path === "" ? "*" : `${path}.*`, overridden);
      return (value, backward) => {
        const out: Record<string, unknown> = {};
        for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
          const kept = item(entry, backward);
          if (kept !== ESCAPE) out[key] = kept;
        }
        return out;
      };
    }
    case "union": {
      // A final value no longer says which member it came from: one that
      // points forward is replaced by the union's id-free member until patched.
      const fallback = placeholder(v);
      return (value, backward) => (pointsForward(value, backward) ? (fallback === NONE ? ESCAPE : fallback) : value);
    }
    default:
      return (value) => value;
  }
}

/** Whether any reference in `value` cannot be inserted yet. */
export function pointsForward(value: unknown, backward: Backward): boolean {
  if (isRefMarker(value)) return !backward(value.__ref[0], value.__ref[1]);
  if (Array.isArray(value)) return value.some((item) => pointsForward(item, backward));
  if (value !== null && typeof value === "object" && !(value instanceof ArrayBuffer)) {
    return Object.values(value).some((item) => pointsForward(item, backward));
  }
  return false;
}
