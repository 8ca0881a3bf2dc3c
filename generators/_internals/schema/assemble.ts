import type { Dataset, DatasetDocument, DatasetPatch, DatasetValue } from "../../../harness/model/dataset.js";
import { applyFanOut, applyValues } from "./applyPressure.js";
import type { PressureTargets } from "./pressurePlan.js";
import { deriveSame } from "./derive.js";
import { applyJoins } from "./joins.js";
import { applyCopy, copyRelations, type CopyMark, type CopyRelation } from "./copyPressure.js";
import type { RawDocument } from "./documentArbitrary.js";
import type { PressurePlan } from "./pressurePlan.js";
import { ESCAPE, compileResolver, compileStrip, pointsForward, type Resolve, type Strip } from "./resolver.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import { keptSizes } from "./sizes.js";
import { assignReferences, dropRepeatedKeys, uniqueKeys, type UniqueKeys } from "./unique.js";
import { documentShapes, idTargets } from "./validators.js";
import { isSystemTable } from "../../../harness/model/dataset.js";
import { systemSizes, systemTables } from "./systemDocuments.js";

interface CompiledTable {
  name: string;
  rank: number;
  resolve: Resolve;
  keys: UniqueKeys;
  /** Per document shape, the top-level fields that hold references and how to strip them. */
  shapes: Array<{ fields: Set<string>; strips: Array<{ field: string; strip: Strip }> }>;
}

/** What assembling needs, prepared once per fromSchema call. */
export interface Assembly {
  options: ResolvedFromSchemaOptions;
  tables: CompiledTable[];
  pressure: PressureTargets;
  /** Whether any generated table can hold a system id (`v.id("_storage")`). */
  system: boolean;
  /** Where copy pressure can go: documents and their partners with a field of the same name. */
  copies: CopyRelation[];
}

export function prepareAssembly(options: ResolvedFromSchemaOptions, pressure: PressureTargets): Assembly {
  const tables = [...options.tables.values()].map((table): CompiledTable => {
    const name = table.plan.name;
    const handBuilt = table.document !== undefined;
    const overridden = (path: string) => handBuilt || options.fields.get(`${name}.${path}`)?.value !== undefined;
    return {
      name,
      rank: table.plan.rank,
      resolve: compileResolver(table.plan.validator, "", {
        table: name,
        overridden,
        earlier: (path) => options.fields.get(`${name}.${path}`)?.earlier === true,
      }),
      keys: uniqueKeys(table),
      shapes: documentShapes(table.plan.validator).map((shape) => ({
        fields: new Set(Object.keys(shape.fields!)),
        strips: Object.entries(shape.fields!)
          .filter(([field, v]) => idTargets(v).size > 0 && !overridden(field))
          .map(([field, v]) => ({ field, strip: compileStrip(v, field, overridden) })),
      })),
    };
  });
  const system = [...options.tables.values()].some((t) => [...idTargets(t.plan.validator)].some(isSystemTable));
  return { options, tables, pressure, system, copies: copyRelations(options, pressure) };
}

/**
 * A dataset from generated tables: documents kept as the constraints allow
 * (after shrinking took some away), unique keys kept, picks resolved into
 * references, `same` fields derived, size pressure applied, and every
 * reference that points forward in seeding order moved to a patch, the
 * inserted document holding what it can until then.
 */
export function assemble(assembly: Assembly, raw: RawDocument[][], plan: PressurePlan | undefined): Dataset {
  const { options, tables } = assembly;
  let docs = raw;
  for (let settled = false; !settled; ) {
    const sizes = keptSizes(new Map(tables.map((t, i) => [t.name, docs[i].length])), options);
    const next = tables.map((t, i) => dropRepeatedKeys(docs[i].slice(0, sizes.get(t.name)), t.keys, sizes));
    settled = next.every((d, i) => d.length === docs[i].length);
    docs = next;
  }
  const sizes = new Map([...systemSizes, ...tables.map((t, i): [string, number] => [t.name, docs[i].length])]);
  const out: Record<string, DatasetDocument[]> = {};
  const deleted: NonNullable<Dataset["deleted"]> = [];
  const marked: Array<{ table: string; index: number; mark: CopyMark }> = [];
  tables.forEach((t, i) => {
    out[t.name] = assignReferences(docs[i], t.keys, sizes).map((doc, index) => {
      if (doc.deleted) deleted.push({ table: t.name, index });
      if (doc.copy) marked.push({ table: t.name, index, mark: doc.copy });
      return t.resolve(doc.fields, sizes, index) as DatasetDocument;
    });
  });
  applyFanOut(out, plan, assembly.pressure);
  deriveSame(out, options);
  applyJoins(out, options.joins);
  applyValues(out, plan, assembly.pressure);
  applyCopy(out, marked, assembly.copies);
  const patches = splitForward(out, tables);
  // The system documents come first: every table may reference them.
  const dataset: Dataset = { tables: assembly.system ? { ...systemTables(out, patches), ...out } : out };
  if (patches.length > 0) dataset.patches = patches;
  if (deleted.length > 0) dataset.deleted = deleted;
  return dataset;
}

/** Moves references that cannot be inserted with their document to patches, in place. */
function splitForward(out: Record<string, DatasetDocument[]>, tables: CompiledTable[]): DatasetPatch[] {
  const rank = new Map(tables.map((t) => [t.name, t.rank]));
  const patches: DatasetPatch[] = [];
  for (const t of tables) {
    if (t.shapes.every((s) => s.strips.length === 0)) continue;
    out[t.name] = out[t.name].map((doc, index) => {
      // A system document (rank -1) exists before any table is seeded.
      const backward = (table: string, i: number) => (rank.get(table) ?? -1) < t.rank || (table === t.name && i < index);
      const shape = t.shapes.length === 1 ? t.shapes[0] : (t.shapes.find((s) => Object.keys(doc).every((f) => s.fields.has(f))) ?? t.shapes[0]);
      let inserted = doc;
      const fields: Record<string, DatasetValue> = {};
      for (const { field, strip } of shape.strips) {
        const value = doc[field];
        if (value === undefined || !pointsForward(value, backward)) continue;
        const kept = strip(value, backward);
        inserted = { ...inserted };
        if (kept === ESCAPE) delete inserted[field];
        else inserted[field] = kept as DatasetValue;
        fields[field] = value;
      }
      if (inserted !== doc) patches.push({ table: t.name, index, fields });
      return inserted;
    });
  }
  return patches;
}
