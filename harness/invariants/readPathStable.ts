import fc from "fast-check";
import { describeCall, idLabels, labelIds } from "../model/labels.js";
import { answers, readCalls, type ReadAnswer, type ReadCall } from "./support/readCalls.js";
import type { Direction } from "../model/direction.js";
import { compareValues } from "../snapshot/compare.js";
import { formatDifferences } from "../snapshot/diff.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";

/** Differing reads shown in a failure. */
const SHOWN = 5;

/**
 * The app keeps working during the rollout: after every batch of forward and
 * of rollback, every read path in the spec answers exactly what it answered
 * before the migration started (the guide's dual-read / progressive rollout,
 * where the read path serves both shapes). Each batch is a point at which
 * production traffic reads the half-migrated data.
 */
export const readPathStable: Invariant<number> = {
  name: "readPathStable",
  title: "every read path answers the same before, during (after every batch) and after the migration",
  defaultRuns: 25,
  notApplicable: (spec) => (spec.readPaths ? null : "the spec declares no `readPaths` to call"),
  // Batch size 1 first: it shrinks there, where every page is one document.
  params: (spec) => fc.constantFrom(1, spec.batchSize),
  async check({ ctx, session: s }, batchSize) {
    const calls = readCalls(ctx.spec.readPaths!, await s.snapshot(), ctx.app);
    const before = await answers(s.backend, calls);
    const labels = idLabels(s.ids);
    const expectSame = async (stage: string) => {
      const now = await answers(s.backend, calls);
      const changed = calls.flatMap((call, i) => (sameAnswer(before[i], now[i]) ? [] : [{ call, before: before[i], now: now[i] }]));
      if (changed.length > 0) throw violation(stage, changed, labels, batchSize);
    };
    const directions: Direction[] = ctx.spec.rollback ? ["forward", "rollback"] : ["forward"];
    for (const direction of directions) {
      await s.complete(direction, {
        batchSize,
        afterBatch: (b) => expectSame(`after ${direction} batch ${b.number}${b.result.isDone ? " (the last)" : ""}`),
      });
    }
  },
};

function sameAnswer(a: ReadAnswer, b: ReadAnswer): boolean {
  return compareValues(a, b).equal;
}

interface Change {
  call: ReadCall;
  before: ReadAnswer;
  now: ReadAnswer;
}

function violation(stage: string, changed: Change[], labels: Map<string, string>, batchSize: number): InvariantViolation {
  const first = changed[0];
  const name = (c: Change) => describeCall(c.call.name, labelIds(c.call.args, labels)) + (c.call.asDocument ? ` as ${labels.get(c.call.asDocument) ?? c.call.asDocument}` : "");
  const details = [`batch size ${batchSize}; ${changed.length} read(s) changed ${stage}:`];
  for (const change of changed.slice(0, SHOWN)) {
    details.push(`  ${name(change)}`);
    const diff = compareValues(labelIds(change.before, labels), labelIds(change.now, labels));
    details.push(...formatDifferences(diff.differences, { max: 6 }).split("\n").map((line) => `    ${line}`));
  }
  if (changed.length > SHOWN) details.push(`  … and ${changed.length - SHOWN} more`);
  details.push("expected = the answer before the migration started, got = the answer at that batch");
  return new InvariantViolation({
    invariant: "readPathStable",
    summary: `${name(first)} answers differently ${stage} than before the migration`,
    details,
    findings: changed,
  });
}
