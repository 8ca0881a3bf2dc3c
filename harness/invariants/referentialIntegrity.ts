import type { Snapshot } from "../model/snapshot.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";
import { integrityProblems } from "./support/integrityProblems.js";
import { baselineOf, stateOf, type Baseline } from "./support/integrityState.js";
import { referencesOf } from "./support/references.js";

const MAX_LINES = 12;

/**
 * The migration creates no dangling reference and drops no orphan silently,
 * after forward and after rollback. References come from the schema's v.id
 * fields (the spec's `references` may replace them); with a `quarantine`, a
 * reference to a quarantined document is accounted for, and an orphan found
 * there with its original content was not lost. Orphans are compared by id
 * while they keep it, by content once re-created.
 */
export const referentialIntegrity: Invariant<void> = {
  name: "referentialIntegrity",
  title: "no new dangling reference, and no orphan dropped silently",
  defaultRuns: 20,
  notApplicable: (spec) => {
    if (spec.references && Object.keys(spec.references).length === 0) return "the spec declares `references: {}`: no field references another document";
    // A schema of documents that reference nothing is common (a table of its own): nothing to check, not an error.
    if (Object.keys(referencesOf(spec.app.schema, spec.references)).length === 0) {
      return "the schema has no v.id field and the spec declares no `references`: no field references another document";
    }
    return null;
  },
  async check({ ctx, session: s }) {
    const references = referencesOf(ctx.app.schema, ctx.spec.references);
    const baseline = baselineOf(await s.snapshot(), references);
    await s.complete("forward");
    expectIntegrity("forward", baseline, await s.snapshot(), references, ctx.spec.quarantine);
    if (!ctx.spec.rollback) return;
    await s.complete("rollback");
    expectIntegrity("rollback", baseline, await s.snapshot(), references, ctx.spec.quarantine);
  },
};

function expectIntegrity(
  stage: string,
  baseline: Baseline,
  snapshot: Snapshot,
  references: Parameters<typeof integrityProblems>[2],
  quarantine: Parameters<typeof stateOf>[1],
): void {
  const problems = integrityProblems(baseline, stateOf(snapshot, quarantine), references);
  if (problems.length === 0) return;
  throw new InvariantViolation({
    invariant: "referentialIntegrity",
    summary: `after ${stage}: ${problems[0].message}`,
    details: [
      `${problems.length} problem(s) after ${stage} (D had ${baseline.orphans.length} orphan(s)):`,
      ...problems.slice(0, MAX_LINES).map((p) => `  ${p.message}`),
      ...(problems.length > MAX_LINES ? [`  … and ${problems.length - MAX_LINES} more`] : []),
    ],
    findings: problems,
  });
}
