import type { ConservationProblem, Direction, Snapshot, SnapshotDocument } from "convex-migration-harness";

/**
 * Accounting: after forward, migrationIssues names exactly the documents of
 * `table` that forward cannot migrate, as many times as each has values it
 * cannot migrate (judged on each document as it was before, by the suite's
 * own rule, not the migration's). A migration that drops what it cannot
 * read, or records what it could have migrated, breaks it.
 */
export function issuesExactlyFor(options: { migration: string; table: string; issuesOf: (before: SnapshotDocument) => number }) {
  return (before: Snapshot, after: Snapshot, stage: Direction): ConservationProblem[] => {
    if (stage !== "forward") return [];
    const problems: ConservationProblem[] = [];
    const recorded = new Map<string, number>();
    for (const issue of after.tables.migrationIssues ?? []) {
      if (issue.migration === options.migration) recorded.set(String(issue.docId), (recorded.get(String(issue.docId)) ?? 0) + 1);
    }
    const docs = new Set<string>();
    for (const doc of before.tables[options.table] ?? []) {
      docs.add(doc._id);
      const expected = options.issuesOf(doc);
      const times = recorded.get(doc._id) ?? 0;
      if (expected > 0 && times === 0) problems.push({ table: "migrationIssues", message: `${doc._id} cannot be migrated but was not recorded` });
      else if (expected === 0 && times > 0) problems.push({ table: "migrationIssues", message: `${doc._id} was recorded, but forward can migrate it` });
      else if (times !== expected) problems.push({ table: "migrationIssues", message: `${doc._id} is recorded ${times} time(s), for ${expected} value(s) forward cannot migrate` });
    }
    for (const id of recorded.keys()) if (!docs.has(id)) problems.push({ table: "migrationIssues", message: `an issue names ${id}, which is not one of the ${options.table} documents` });
    return problems;
  };
}
