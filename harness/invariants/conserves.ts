import type { Direction } from "../model/direction.js";
import type { Snapshot } from "../model/snapshot.js";
import type { ConservationProblem, MigrationSpec } from "../spec/types.js";
import { InvariantViolation } from "../model/violation.js";
import { stableStringify } from "../snapshot/canonical.js";
import type { Invariant } from "../engine/invariant.js";

/**
 * Nothing the spec accounts for is lost: tables outside `touches` are left
 * exactly as they were (same ids, same contents), and the spec's own
 * `conserves` accounting holds after forward and after rollback.
 */
export const conserves: Invariant<void> = {
  name: "conserves",
  title: "nothing the spec accounts for is lost, and untouched tables stay as they were",
  defaultRuns: 30,
  notApplicable: (spec) =>
    spec.touches || spec.conserves ? null : "the spec declares neither `touches` nor `conserves`",
  async check({ ctx, session: s }) {
    const before = await s.snapshot();
    await s.complete("forward");
    const label = (id: string) => s.label(id);
    await expectConserved(ctx.spec, before, await s.snapshot(), "forward", label);
    if (!ctx.spec.rollback) return;
    await s.complete("rollback");
    await expectConserved(ctx.spec, before, await s.snapshot(), "rollback", label);
  },
};

async function expectConserved(spec: MigrationSpec, before: Snapshot, after: Snapshot, stage: Direction, label: (id: string) => string): Promise<void> {
  const problems: ConservationProblem[] = [];
  if (spec.touches) {
    for (const table of Object.keys(before.tables)) {
      if (spec.touches.includes(table)) continue;
      problems.push(...untouchedProblems(table, before.tables[table], after.tables[table] ?? []));
    }
  }
  if (spec.conserves) problems.push(...(await spec.conserves(before, after, stage, { label })));
  if (problems.length === 0) return;
  throw new InvariantViolation({
    invariant: "conserves",
    summary: `after ${stage}: ${problems[0].table}: ${problems[0].message}`,
    details: problems.slice(0, 12).map((p) => `  ${p.table}: ${p.message}`),
    findings: problems,
  });
}

function untouchedProblems(table: string, before: Snapshot["tables"][string], after: Snapshot["tables"][string]): ConservationProblem[] {
  const remaining = new Map(after.map((doc) => [doc._id, stableStringify(doc)]));
  const problems: ConservationProblem[] = [];
  for (const doc of before) {
    const now = remaining.get(doc._id);
    if (now === undefined) problems.push({ table, message: `document ${doc._id} was deleted, but the migration does not touch ${table}` });
    else if (now !== stableStringify(doc)) problems.push({ table, message: `document ${doc._id} was modified, but the migration does not touch ${table}` });
    remaining.delete(doc._id);
  }
  for (const id of remaining.keys()) problems.push({ table, message: `document ${id} was inserted, but the migration does not touch ${table}` });
  return problems;
}
