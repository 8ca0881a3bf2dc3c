import { isRefMarker, type DatasetDocument } from "../../../harness/model/dataset.js";
import type { ResolvedFromSchemaOptions } from "./resolved.js";

/**
 * Sets every `same` field to the value its path reaches through references
 * (`authorId: "threadId.userId"`: the message's thread's userId), table by
 * table in seeding order, so that a path may go through a field derived in
 * an earlier table. A path that reaches nothing (an absent optional
 * reference) leaves an optional field out and a required one as generated.
 */
export function deriveSame(tables: Record<string, DatasetDocument[]>, options: ResolvedFromSchemaOptions): void {
  for (const table of options.tables.values()) {
    if (table.same.length === 0) continue;
    const name = table.plan.name;
    tables[name] = tables[name].map((doc) => {
      const out = { ...doc };
      for (const { field, path } of table.same) {
        const value = follow(doc, path, tables);
        if (value !== undefined) out[field] = value as DatasetDocument[string];
        else if (isOptional(options, name, field)) delete out[field];
      }
      return out;
    });
  }
}

function follow(doc: DatasetDocument, path: readonly string[], tables: Record<string, DatasetDocument[]>): unknown {
  let current: DatasetDocument | undefined = doc;
  for (let i = 0; i < path.length; i++) {
    const value: unknown = current?.[path[i]];
    if (i === path.length - 1) return value;
    current = isRefMarker(value) ? tables[value.__ref[0]]?.[value.__ref[1]] : undefined;
  }
  return undefined;
}

function isOptional(options: ResolvedFromSchemaOptions, table: string, field: string): boolean {
  const validator = options.plan.byName.get(table)!.validator;
  const shapes = validator.kind === "union" ? validator.members! : [validator];
  return shapes.every((shape) => shape.fields?.[field]?.isOptional === "optional");
}
