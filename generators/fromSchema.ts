import fc from "fast-check";
import type { Dataset } from "../harness/model/dataset.js";
import type { FromSchemaOptions } from "./options/fromSchemaOptions.js";
import type { SchemaLike } from "./_internals/schema/analyze.js";
import { assemble, prepareAssembly } from "./_internals/schema/assemble.js";
import { documentArbitrary } from "./_internals/schema/documentArbitrary.js";
import { pressureArbitrary, pressureNeeds, pressureTargets, type PressurePlan } from "./_internals/schema/pressurePlan.js";
import { resolveFromSchemaOptions } from "./_internals/schema/resolveOptions.js";
import { raiseSizes, sizeArbitrary } from "./_internals/schema/sizes.js";
import { TablesArbitrary } from "./_internals/schema/tablesArbitrary.js";
import { withDataClasses } from "./dataClassRegistry.js";
import { schemaDataClasses } from "./schemaDataClasses.js";

/**
 * Whole datasets for a Convex schema (the default export of convex/schema.ts),
 * or for the tables of `options.only` and those they must reference:
 *
 * - each table's size drawn on its own, reaching 0, 1, batchSize - 1,
 *   batchSize, batchSize + 1 and larger;
 * - references drawn from the documents actually generated, at every `v.id`
 *   position (nested objects, arrays, unions, optional fields, records);
 *   tables seeded after those they must reference, and every other
 *   reference that points forward (a self-reference, a cycle between
 *   tables) set by a patch once every document is inserted, so that every
 *   dataset seeds;
 * - the app's own rules as options: one (or exactly one) document per key,
 *   fields equal along references, per-field values, presences, ranges and
 *   lengths; orphans only where asked for;
 * - in a share of datasets, size pressure: a value near Convex's document
 *   limits and sometimes one parent with hundreds of children.
 *
 * Shrinks toward fewer documents, table after table, then simpler values,
 * and drops size pressure that a failure does not need: a bug that needs
 * one document shrinks to that document (and those it must reference).
 * Throws at construction for options no dataset can meet. The arbitrary
 * carries its data classes (`dataClassesOf`).
 *
 * @example
 * fromSchema(schema, {
 *   batchSize: 3,
 *   only: ["messages"],
 *   tables: { userSettings: { unique: ["by_user"] }, messages: { same: { authorId: "threadId.userId" } } },
 *   fields: { "messages.content": { value: fakerArbitrary((f) => f.lorem.sentence()) } },
 * })
 */
export function fromSchema(schema: SchemaLike, options: FromSchemaOptions = {}): fc.Arbitrary<Dataset> {
  const resolved = resolveFromSchemaOptions(schema, options);
  const tables = [...resolved.tables.values()];
  const targets = pressureTargets(resolved);
  const assembly = prepareAssembly(resolved, targets);
  const draws = tables.map((table) => ({
    size: sizeArbitrary(resolved.batchSize, table.size),
    item: documentArbitrary(table.plan.name, resolved),
    maxLength: table.size.max,
  }));
  const raise = (drawn: number[]) => {
    const raised = raiseSizes(new Map(tables.map((t, i) => [t.plan.name, drawn[i]])), resolved);
    return tables.map((t) => raised.get(t.plan.name)!);
  };
  const pressure = pressureArbitrary(resolved, targets);
  // A pressured dataset gets a document where its pressure can land (and those it must reference).
  const settle = (sizes: number[], plan: PressurePlan | undefined) => {
    const needs = pressureNeeds(plan, targets, new Map(tables.map((t, i) => [t.plan.name, sizes[i]])));
    if (needs.length === 0) return sizes;
    const lifted = (also: string | undefined) => raise(tables.map((t, i) => (needs.includes(t.plan.name) || t.plan.name === also ? Math.max(1, sizes[i]) : sizes[i])));
    const raised = lifted(undefined);
    // An empty paged table empties the tables that must reference it: it gets a document too.
    return tables.every((t, i) => !needs.includes(t.plan.name) || raised[i] > 0) ? raised : lifted(resolved.paged);
  };
  const arbitrary = new TablesArbitrary(draws, pressure, raise, settle).map(([raw, plan]) => assemble(assembly, raw, plan));
  return withDataClasses(arbitrary, schemaDataClasses(schema, options));
}
