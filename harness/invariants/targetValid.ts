import type { CheckContext } from "../engine/session.js";
import { exemptIds } from "../spec/targetExemptions.js";
import { validateSnapshot, type DocumentProblem } from "../validate/index.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";

const MAX_LINES = 12;

/** Checks that already said how many documents they exempted (once per check, not per run). */
const reported = new WeakSet<CheckContext>();

/**
 * After forward, every document meets the schema and the spec's contract-phase
 * validators, with the checks convex-test skips (v.record values, 1 MiB
 * documents, depth 16, 8,192-element arrays, field names): passing on the mock
 * must not mean failing in production. Documents the migration left in place
 * on purpose (`targetExempt`: recorded in its issues table, or picked by the
 * spec) are held to the schema and the limits, not to the target, and counted:
 * a strict target then passes a migration that records what it skips, and
 * fails one that skips documents silently.
 */
export const targetValid: Invariant<void> = {
  name: "targetValid",
  title: "every migrated document meets the schema, the target validators and Convex's limits",
  defaultRuns: 30,
  notApplicable: () => null,
  async check({ ctx, session: s }) {
    await s.complete("forward");
    const after = await s.snapshot();
    const exempt = await exemptIds(ctx.spec.targetExempt, after);
    const problems = validateSnapshot(after, ctx.app.schema, ctx.spec.target);
    const violations = problems.filter((p) => !(p.rule === "target" && exempt.has(p.id)));
    const exempted = new Set(problems.filter((p) => p.rule === "target" && exempt.has(p.id)).map((p) => p.id)).size;
    if (violations.length === 0) return reportExempted(ctx, exempted);
    throw new InvariantViolation({
      invariant: "targetValid",
      summary: `${violations.length} document problem(s) after forward` + (exempted > 0 ? ` (${exempted} document(s) exempt from the target)` : ""),
      details: [
        ...violations.slice(0, MAX_LINES).map((v) => `  ${documentName(v, s.label(v.id))} ${v.path}: ${v.message}`),
        ...(violations.length > MAX_LINES ? [`  … and ${violations.length - MAX_LINES} more`] : []),
        ...(exempted > 0 ? [`${exempted} document(s) left in place on purpose (targetExempt) do not meet the target and are not counted`] : []),
      ],
      findings: violations satisfies DocumentProblem[],
    });
  },
};

/** A document's dataset label (`notes[0]`, which names its table), or its table and id when it has none. */
function documentName(problem: DocumentProblem, label: string): string {
  return label !== problem.id ? label : `${problem.table} ${problem.id}`;
}

/** Says once per check that documents were exempted, so that a passing strict target is not read as "every document migrated". */
function reportExempted(ctx: CheckContext, exempted: number): void {
  if (exempted === 0 || reported.has(ctx)) return;
  reported.add(ctx);
  console.log(`${ctx.spec.name} › targetValid: ${exempted} document(s) left in place on purpose (targetExempt) exempt from the target in a run`);
}
