import type { GenericValidator } from "convex/values";
import type { SchemaLike } from "../snapshot/canonical.js";
import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";
import { documentLimitProblems } from "./limits.js";
import { checkValue, type IdOwner } from "../model/checkValue.js";

export { DOCUMENT_LIMITS, documentLimitProblems, fieldNameProblem, valueSize } from "./limits.js";
export { checkValue, describeValue } from "../model/checkValue.js";

export interface DocumentProblem {
  table: string;
  id: string;
  path: string;
  message: string;
  /** Which rule: the deployed schema, the spec's target (contract phase), or a Convex limit. */
  rule: "schema" | "target" | "limit";
}

/**
 * Every problem a real deployment (or the contract-phase schema) would have
 * with the documents of a snapshot: the schema's table validators, the
 * spec's `target` validators, and Convex's document limits. Tables not in
 * the schema are reported too: a deployment rejects writes to them.
 */
export function validateSnapshot(
  snapshot: Snapshot,
  schema: SchemaLike,
  target: Record<string, GenericValidator> = {},
): DocumentProblem[] {
  const owners = new Map<string, string>();
  for (const [table, docs] of Object.entries(snapshot.tables)) for (const doc of docs) owners.set(doc._id, table);
  const owner: IdOwner = (id) => owners.get(id);
  const problems: DocumentProblem[] = [];
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    const definition = schema.tables[table];
    for (const doc of docs) {
      const at = (rule: DocumentProblem["rule"]) => (p: { path: string; message: string }) => ({ table, id: doc._id, rule, ...p });
      if (!definition && docs.length > 0) {
        problems.push({ table, id: doc._id, rule: "schema", path: "(document)", message: `table "${table}" is not in the schema` });
      }
      const schemaProblems = definition ? checkDocument(definition.validator, doc, owner) : [];
      problems.push(...schemaProblems.map(at("schema")));
      // A target that repeats the schema's validator finds the same problem: one report, as the schema's (no exemption lifts it).
      const bySchema = new Set(schemaProblems.map((p) => `${p.path}\n${p.message}`));
      if (target[table]) problems.push(...checkDocument(target[table], doc, owner).filter((p) => !bySchema.has(`${p.path}\n${p.message}`)).map(at("target")));
      problems.push(...documentLimitProblems(doc).map(at("limit")));
    }
  }
  for (const table of Object.keys(target)) {
    if (!schema.tables[table]) {
      problems.push({ table, id: "-", rule: "target", path: "(table)", message: `target names table "${table}", which is not in the schema` });
    }
  }
  return problems;
}

/**
 * A document against a table-level validator. Table validators describe the
 * user fields only; target validators may list `_id` / `_creationTime` too.
 * System fields the validator does not list are checked here instead.
 */
function checkDocument(validator: GenericValidator, doc: SnapshotDocument, owner: IdOwner) {
  const listed = (validator as { kind: string }).kind === "object" ? (validator as unknown as { fields: Record<string, unknown> }).fields : {};
  const checked: Record<string, unknown> = { ...doc };
  const systemProblems: Array<{ path: string; message: string }> = [];
  if (!("_id" in listed)) {
    if (typeof doc._id !== "string") systemProblems.push({ path: "_id", message: "system field _id is not a string" });
    delete checked._id;
  }
  if (!("_creationTime" in listed)) {
    if (typeof doc._creationTime !== "number") systemProblems.push({ path: "_creationTime", message: "system field _creationTime is not a number" });
    delete checked._creationTime;
  }
  return [...systemProblems, ...checkValue(validator, checked, "", owner)];
}
