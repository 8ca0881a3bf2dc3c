import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";

/**
 * Documents a migration leaves in place on purpose, which the contract-phase
 * `target` does not apply to (spec option `targetExempt`): those it recorded
 * in its issues table, and those a predicate picks. targetValid still holds
 * them to the schema and Convex's limits, and reports how many it exempted.
 */
export interface TargetExemptions {
  /**
   * The table where the migration records what it could not process, as
   * `"migrationIssues"` (rows name the document in `docId`) or with its
   * field and, when rows of several migrations share the table, the
   * migration's name in their `migration` field.
   */
  issues?: string | { table: string; idField?: string; migration?: string };
  /** Also exempt: documents this picks, from the state after forward. */
  where?: (doc: SnapshotDocument, table: string, after: Snapshot) => boolean | Promise<boolean>;
}

export interface ResolvedTargetExemptions {
  readonly issues?: { readonly table: string; readonly idField: string; readonly migration?: string };
  readonly where?: TargetExemptions["where"];
}

type Fail = (option: string, problem: string) => never;

export function resolveTargetExemptions(exempt: TargetExemptions, fail: Fail): ResolvedTargetExemptions {
  if (typeof exempt !== "object" || exempt === null) fail("targetExempt", "must be an object { issues?, where? }");
  if (exempt.issues === undefined && exempt.where === undefined) fail("targetExempt", "must say which documents: `issues`, `where` or both");
  if (exempt.where !== undefined && typeof exempt.where !== "function") fail("targetExempt.where", "must be a function (doc, table, after) => boolean");
  const issues = typeof exempt.issues === "string" ? { table: exempt.issues } : exempt.issues;
  if (issues !== undefined) {
    if (typeof issues.table !== "string" || issues.table === "") fail("targetExempt.issues", "must name the issues table, e.g. \"migrationIssues\"");
    if (issues.idField !== undefined && typeof issues.idField !== "string") fail("targetExempt.issues.idField", "must be a field name");
    if (issues.migration !== undefined && typeof issues.migration !== "string") fail("targetExempt.issues.migration", "must be a migration name");
  }
  return Object.freeze({
    issues: issues && Object.freeze({ table: issues.table, idField: issues.idField ?? "docId", migration: issues.migration }),
    where: exempt.where,
  });
}

/** Ids of the documents of `after` that are exempt from the target. */
export async function exemptIds(exempt: ResolvedTargetExemptions | undefined, after: Snapshot): Promise<Set<string>> {
  const ids = new Set<string>();
  if (!exempt) return ids;
  if (exempt.issues) {
    const { table, idField, migration } = exempt.issues;
    for (const row of after.tables[table] ?? []) {
      if (migration !== undefined && row.migration !== migration) continue;
      if (typeof row[idField] === "string") ids.add(row[idField] as string);
    }
  }
  if (exempt.where) {
    for (const [table, docs] of Object.entries(after.tables)) {
      for (const doc of docs) if (!ids.has(doc._id) && (await exempt.where(doc, table, after))) ids.add(doc._id);
    }
  }
  return ids;
}
