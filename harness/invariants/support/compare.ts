import { compareValues } from "../../snapshot/compare.js";
import { formatDifferences } from "../../snapshot/diff.js";
import { InvariantViolation } from "../../model/violation.js";
import type { InvariantName } from "../../model/invariantNames.js";

/** Lines of diff shown in a failure; the full list stays in `findings`. */
const MAX_DIFF_LINES = 20;

/**
 * Throws an InvariantViolation with a readable diff when two views differ.
 * `expectedLabel` / `actualLabel` name the two states, e.g. "D" and
 * "rollback(forward(D))", so the reader knows which side is which.
 */
export function expectSameView(
  invariant: InvariantName,
  summary: string,
  expected: { label: string; view: unknown },
  actual: { label: string; view: unknown },
): void {
  const comparison = compareValues(expected.view, actual.view);
  if (comparison.equal) return;
  throw new InvariantViolation({
    invariant,
    summary,
    details: [
      `expected = ${expected.label}, got = ${actual.label}:`,
      ...formatDifferences(comparison.differences, { max: MAX_DIFF_LINES }).split("\n"),
    ],
    findings: comparison.differences,
  });
}
