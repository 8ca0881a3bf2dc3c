import type { GenericValidator } from "convex/values";
import type { References } from "../../spec/integrityOptions.js";
import type { SchemaLike } from "../../snapshot/canonical.js";

/**
 * The reference fields of every table: each top-level field whose validator
 * is v.id(table), optional or not, or a union with an id member. A spec's
 * `references` replaces the derived fields of the tables it names (to add a
 * v.string field that holds ids, or to leave a field out). Ids nested inside
 * objects or arrays are not followed: the apps this harness was written for
 * keep references at the top level, where indexes can reach them.
 */
export function referencesOf(schema: SchemaLike, override: References = {}): References {
  const references: References = {};
  for (const [table, definition] of Object.entries(schema.tables)) {
    const fields = (definition.validator as unknown as { fields?: Record<string, GenericValidator> }).fields ?? {};
    const found: Record<string, string> = {};
    for (const [field, validator] of Object.entries(fields)) {
      const target = idTable(validator);
      if (target !== undefined) found[field] = target;
    }
    if (Object.keys(found).length > 0) references[table] = found;
  }
  for (const [table, fields] of Object.entries(override)) references[table] = { ...fields };
  return references;
}

function idTable(validator: GenericValidator): string | undefined {
  const kind = (validator as { kind: string }).kind;
  if (kind === "id") return (validator as unknown as { tableName: string }).tableName;
  if (kind === "union") {
    for (const member of (validator as unknown as { members: GenericValidator[] }).members) {
      const target = idTable(member);
      if (target !== undefined) return target;
    }
  }
  return undefined;
}

/** Every reference a document holds: `[field, id]` pairs, for the fields `references` names. */
export function referencesIn(doc: Record<string, unknown>, fields: Record<string, string> | undefined): Array<[string, string]> {
  if (!fields) return [];
  const found: Array<[string, string]> = [];
  for (const field of Object.keys(fields)) {
    const value = doc[field];
    if (typeof value === "string") found.push([field, value]);
  }
  return found;
}
