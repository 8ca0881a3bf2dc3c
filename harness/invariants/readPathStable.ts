import fc from "fast-check";
import { describeCall, idLabels, labelIds } from "../model/labels.js";
import { answers, comparable, readCalls, type ReadAnswer, type ReadCall } from "./support/readCalls.js";
import { stableStringify } from "../model/stable.js";
import { formatValue } from "../model/format.js";
import { isArray } from "../model/values.js";
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
 * production traffic reads the half-migrated data. Answers compare whole and
 * in order, or, for a read path declared `unordered`, as multisets.
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
    calls.forEach((call, i) => expectList(call, before[i], labels));
    const expectSame = async (stage: string) => {
      const now = await answers(s.backend, calls);
      const changed = calls.flatMap((call, i) => (sameAnswer(call, before[i], now[i]) ? [] : [{ call, before: before[i], now: now[i] }]));
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

/** Whole and in order (a list of documents too), or as multisets for an unordered call. */
function sameAnswer(call: ReadCall, a: ReadAnswer, b: ReadAnswer): boolean {
  return stableStringify(comparable(call, a)) === stableStringify(comparable(call, b));
}

/** An unordered read path must answer lists: anything else cannot be a multiset, which is a mistake in the spec. */
function expectList(call: ReadCall, first: ReadAnswer, labels: Map<string, string>): void {
  if (!call.unordered || !("returned" in first) || isArray(first.returned)) return;
  throw new Error(
    `readPaths "${call.name}" is declared \`unordered\` but ${describeCall(call.name, labelIds(call.args, labels))} answered ` +
      `${formatValue(labelIds(first.returned, labels))}, not an array: only a list compares as a multiset; drop \`unordered\` or answer a list`,
  );
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
    const [was, is] = [comparable(change.call, change.before), comparable(change.call, change.now)].map((a) => labelIds(a, labels));
    const diff = compareValues(was, is);
    // A list of documents compares by id in a diff: what changed may be its order alone.
    const lines = diff.equal ? orderChange(was, is) : formatDifferences(diff.differences, { max: 6 }).split("\n");
    details.push(...lines.map((line) => `    ${line}`));
  }
  if (changed.length > SHOWN) details.push(`  … and ${changed.length - SHOWN} more`);
  details.push("expected = the answer before the migration started, got = the answer at that batch");
  if (changed.some((c) => !c.call.unordered && orderOnly(c))) {
    details.push("if the app does not promise that order (it re-sorts the list), declare the read path `unordered: true`");
  }
  return new InvariantViolation({
    invariant: "readPathStable",
    summary: `${name(first)} answers differently ${stage} than before the migration`,
    details,
    findings: changed,
  });
}

/** Whether a change is the same elements in another order. */
function orderOnly(change: Change): boolean {
  const unordered = { ...change.call, unordered: true };
  return sameAnswer(unordered, change.before, change.now);
}

/** The two orders of a list whose elements are the same: each element by its `_id`, else by its value. */
function orderChange(before: unknown, now: unknown): string[] {
  const list = (answer: unknown) => {
    const returned = (answer as { returned?: unknown }).returned;
    if (!isArray(returned)) return formatValue(returned);
    return `[${returned.map((e) => formatValue((e as { _id?: unknown })?._id ?? e)).join(", ")}]`;
  };
  // Labels print bare, as in a call: [chats[1], chats[0]].
  const bare = (text: string) => text.replace(/"(\w+\[\d+\])"/g, "$1");
  return [bare(`the same elements in another order: expected ${list(before)}, got ${list(now)}`)];
}
