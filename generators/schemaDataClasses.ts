import type { Dataset, DatasetDocument } from "../harness/model/dataset.js";
import type { DataClasses } from "./dataClassRegistry.js";
import type { FromSchemaOptions } from "./options/fromSchemaOptions.js";
import type { SchemaLike } from "./_internals/schema/analyze.js";
import { isSystemTable } from "../harness/model/dataset.js";
import { fieldClasses } from "./_internals/schema/fieldClasses.js";
import { FAN_OUT, pressureCells, pressureTargets } from "./_internals/schema/pressurePlan.js";
import { pressureClasses } from "./_internals/schema/pressureClasses.js";
import { resolveFromSchemaOptions } from "./_internals/schema/resolveOptions.js";
import type { ResolvedFromSchemaOptions } from "./_internals/schema/resolved.js";
import { sizeLabels } from "./_internals/schema/sizeLabels.js";
import { classAdvice } from "./_internals/schema/classAdvice.js";

/**
 * The data classes of a schema, for the datasets fromSchema generates with
 * the same options: per generated table, its sizes (`size:users:0`, `:1`,
 * `:batch-1`, `:batch`, `:batch+1`, `:larger`), each optional field absent
 * and present (`absent:users.tokenIdentifier`), each member of every union
 * (`branch:messages.role=user`), each reference position pointing to a
 * deleted document when orphans are asked for (`orphan:threads.userId`), and
 * size pressure (`pressure:bytes`, `:array`, `:fields`, `:depth`,
 * `:fan-out`). Only classes the options leave reachable are listed.
 * `classify` tells them in any dataset of the schema, whoever generated it.
 *
 * @example
 * const { classes, classify } = schemaDataClasses(schema, { batchSize: 3 });
 * coverageOf(fromSchema(schema, { batchSize: 3 }), classify, { numRuns: 1000, seed: 1, classes });
 */
export function schemaDataClasses(schema: SchemaLike, options: FromSchemaOptions = {}): DataClasses {
  const resolved = resolveFromSchemaOptions(schema, options);
  const { batchSize } = resolved;
  const perTable = [...resolved.tables.values()].map((table) => {
    const name = table.plan.name;
    const field = (path: string) => resolved.fields.get(`${name}.${path}`);
    const fields = fieldClasses(table.plan.validator, {
      table: name,
      overridden: (path) => field(path)?.value !== undefined,
      presence: (path) => field(path)?.presence ?? resolved.presence,
      orphans: (target) => (resolved.tables.get(target)?.orphans ?? 0) > 0,
      referenceable: (target) => isSystemTable(target) || (resolved.tables.get(target)?.size.max ?? 0) > 0,
      maxLength: (path) => field(path)?.maxLength,
    });
    // An empty table that other tables must reference empties them too: their own size:0 says it.
    const referenced = [...resolved.tables.values()].some((other) => other.plan.hard.has(name));
    const sizes = sizeLabels(batchSize, table.size)
      .filter((label) => !(label === "0" && referenced && name !== resolved.paged))
      .map((label) => `size:${name}:${label}`);
    // Hand-built documents (`document`) are the spec's own: their fields have no classes of the schema's.
    return { name, sizes, fields, reachable: table.size.max > 0 && table.document === undefined };
  });
  const classes = perTable.flatMap((t) => [...t.sizes, ...(t.reachable ? t.fields.classes : [])]);
  classes.push(...reachablePressure(resolved));
  const targets = pressureTargets(resolved);
  return {
    classes,
    strata: pressureCells(resolved, targets).map(({ name, share }) => ({ name, share })),
    advice: (dataClass) => classAdvice(dataClass, resolved),
    classify(dataset: Dataset): string[] {
      const found = new Set<string>();
      const gone = new Set((dataset.deleted ?? []).map((d) => `${d.table}#${d.index}`));
      const orphaned = (table: string, index: number) => gone.has(`${table}#${index}`);
      const patched: Dataset = { tables: {} };
      for (const t of perTable) {
        const docs = withPatches(dataset, t.name);
        patched.tables[t.name] = docs;
        for (const label of sizeLabels(batchSize, { min: docs.length, max: docs.length })) found.add(`size:${t.name}:${label}`);
        for (const doc of docs) t.fields.walk(doc, orphaned, found);
      }
      // Patched: a fan-out along a reference that points forward is in the patches.
      for (const name of pressureClasses(patched)) found.add(name);
      return [...found];
    },
  };
}

/** A table's documents as they are once the dataset's patches are applied. */
function withPatches(dataset: Dataset, table: string): DatasetDocument[] {
  const docs = dataset.tables[table] ?? [];
  const patches = (dataset.patches ?? []).filter((p) => p.table === table);
  if (patches.length === 0) return docs;
  const out = [...docs];
  for (const { index, fields } of patches) out[index] = { ...out[index], ...fields };
  return out;
}

/** The size-pressure classes some stratum always lands (see pressureCells): fan-out only when a parent can get FAN_OUT children. */
function reachablePressure(resolved: ResolvedFromSchemaOptions): string[] {
  if (resolved.pressure.share === 0) return [];
  const targets = pressureTargets(resolved);
  const out = [...(targets.bytes ? ["bytes"] : []), ...targets.shapeKinds].map((kind) => `pressure:${kind}`);
  if (resolved.pressure.fanOut > 0 && targets.edges.length > 0 && resolved.pressure.maxChildren >= FAN_OUT) out.push("pressure:fan-out");
  return out;
}
