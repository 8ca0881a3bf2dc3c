import fc from "fast-check";
import { Session } from "../session.js";
import { validateSnapshot } from "../validate/index.js";
import { InvariantViolation } from "../violation.js";
import type { Invariant } from "./invariant.js";

const MAX_LINES = 12;

/**
 * After forward, every document meets the schema and the spec's contract-phase
 * validators, with the checks convex-test skips (v.record values, 1 MiB
 * documents, depth 16, 8,192-element arrays, field names): passing on the mock
 * must not mean failing in production.
 */
export const targetValid: Invariant<void> = {
  name: "targetValid",
  title: "every migrated document meets the schema, the target validators and Convex's limits",
  defaultRuns: 30,
  notApplicable: () => null,
  params: () => fc.constant(undefined),
  async check(ctx, dataset) {
    const s = await Session.open(ctx, "targetValid", dataset);
    try {
      await s.complete("forward");
      const violations = validateSnapshot(await s.snapshot(), ctx.app.schema, ctx.spec.target);
      if (violations.length === 0) return;
      throw new InvariantViolation({
        invariant: "targetValid",
        summary: `${violations.length} document problem(s) after forward`,
        details: [
          ...violations.slice(0, MAX_LINES).map((v) => `  ${v.table} ${v.id} ${v.path}: ${v.message}`),
          ...(violations.length > MAX_LINES ? [`  … and ${violations.length - MAX_LINES} more`] : []),
        ],
        findings: violations,
      });
    } finally {
      await s.dispose();
    }
  },
};
