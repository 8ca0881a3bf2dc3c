import type { References } from "../../spec/integrityOptions.js";
import { stableStringify } from "../../snapshot/canonical.js";
import type { Baseline, State } from "./integrityState.js";
import { contentOf, orphanKey } from "./integrityState.js";
import { referencesIn } from "./references.js";

/** One way a state breaks referential integrity, as data. */
export interface IntegrityProblem {
  kind: "new-dangling" | "orphan-lost" | "orphan-altered";
  table: string;
  id: string;
  field?: string;
  message: string;
}

/**
 * Problems of `state` against D's baseline:
 * - a live document references an id that names no live document, is not in
 *   quarantine, and did not dangle in D either (a new dangling reference);
 * - an orphan of D is neither still in its table (same id, or re-created with
 *   the same content under a new id) nor in quarantine with its content.
 */
export function integrityProblems(baseline: Baseline, state: State, references: References): IntegrityProblem[] {
  return [...newDangling(baseline, state, references), ...lostOrphans(baseline, state, references)];
}

function newDangling(baseline: Baseline, state: State, references: References): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  for (const [id, { table, doc }] of state.live) {
    for (const [field, target] of referencesIn(doc, references[table])) {
      if (state.live.has(target) || state.quarantined.has(target) || baseline.dangling.has(target)) continue;
      const was = baseline.live.get(target);
      problems.push({
        kind: "new-dangling",
        table,
        id,
        field,
        message: `${table} ${id}.${field} points to ${target}, which ${was ? `was a live ${was} document before the migration` : "never existed"} and is now neither live nor in quarantine`,
      });
    }
  }
  return problems;
}

function lostOrphans(baseline: Baseline, state: State, references: References): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  // Documents the migration created: where a re-created orphan would be.
  const created = new Map<string, number>();
  for (const [id, { table, doc }] of state.live) {
    if (baseline.live.has(id)) continue;
    const key = orphanKey(table, doc, references, baseline.dangling);
    created.set(key, (created.get(key) ?? 0) + 1);
  }
  for (const orphan of baseline.orphans) {
    const { table, doc } = orphan;
    const where = `${table} ${doc._id} (dangling ${orphan.fields.join(", ")})`;
    if (state.live.has(doc._id)) continue;
    const quarantined = state.quarantined.get(doc._id);
    if (quarantined) {
      if (stableStringify(contentOf(quarantined.document)) !== stableStringify(contentOf(doc))) {
        problems.push({ kind: "orphan-altered", table, id: doc._id, message: `orphan ${where} is in quarantine, but not with its original content` });
      }
      continue;
    }
    const key = orphanKey(table, doc, references, baseline.dangling);
    const left = created.get(key) ?? 0;
    if (left > 0) {
      created.set(key, left - 1);
      continue;
    }
    problems.push({ kind: "orphan-lost", table, id: doc._id, message: `orphan ${where} was dropped silently: it is neither in ${table} nor in quarantine` });
  }
  return problems;
}
