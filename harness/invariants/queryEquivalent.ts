import type { Backend } from "../model/backend.js";
import { formatValue } from "../model/format.js";
import type { Snapshot } from "../model/snapshot.js";
import type { QueryArgs, ResolvedQueryEquivalence } from "../spec/integrityOptions.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";
import { queryMismatches, type QueryMismatch } from "./support/queryMismatch.js";

const MAX_MISMATCHES = 6;

/**
 * A new query returns what the old one did, for every argument the spec
 * derives from the seeded data (every user and query, say). The old query
 * runs on D; the new one on D ("before": it may be switched on at once) and
 * on forward(D) ("afterForward": once the migration completes the rollout),
 * as the spec's `queries.stages` says. Both run on the same backend, so
 * results compare by the ids they name (by default as sets).
 */
export const queryEquivalent: Invariant<void> = {
  name: "queryEquivalent",
  title: "the new query returns what the old one did, for every user and argument",
  defaultRuns: 20,
  notApplicable: (spec) => (spec.queries ? null : "the spec declares no `queries` (an old query and its replacement)"),
  async check({ ctx, session: s }) {
    const queries = ctx.spec.queries!;
    const before = await s.snapshot();
    const argsList = queries.args(before);
    const describe = describer(before);
    const expected = await results(s.backend, queries, "old", argsList);
    if (queries.stages.includes("before")) {
      expectSame("on D, before the migration", queries, argsList, describe, expected, await results(s.backend, queries, "new", argsList));
    }
    if (queries.stages.includes("afterForward")) {
      await s.complete("forward");
      expectSame("on forward(D)", queries, argsList, describe, expected, await results(s.backend, queries, "new", argsList));
    }
  },
};

async function results(backend: Backend, queries: ResolvedQueryEquivalence, which: "old" | "new", argsList: QueryArgs[]): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const args of argsList) out.push(queries.normalize(await backend.query(queries[which], args)));
  return out;
}

function expectSame(
  stage: string,
  queries: ResolvedQueryEquivalence,
  argsList: QueryArgs[],
  describe: (id: string) => string,
  expected: unknown[],
  actual: unknown[],
): void {
  const mismatches: QueryMismatch[] = queryMismatches(argsList, expected, actual, describe);
  if (mismatches.length === 0) return;
  const first = mismatches[0];
  throw new InvariantViolation({
    invariant: "queryEquivalent",
    summary: `${queries.new} ${stage} differs from ${queries.old} on D for ${mismatches.length} of ${argsList.length} argument(s), first ${first.argsText}`,
    details: [
      `expected = ${queries.old} on D, got = ${queries.new} ${stage}:`,
      ...mismatches.slice(0, MAX_MISMATCHES).flatMap((m) => m.lines.map((line, i) => (i === 0 ? `  ${line}` : `    ${line}`))),
      ...(mismatches.length > MAX_MISMATCHES ? [`  … and ${mismatches.length - MAX_MISMATCHES} more argument(s)`] : []),
    ],
    findings: mismatches,
  });
}

/** "threads 10025 { userId: …, title: "plan" }": the document of D an id names. */
function describer(snapshot: Snapshot): (id: string) => string {
  const byId = new Map<string, string>();
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    for (const doc of docs) {
      const { _id, _creationTime, ...content } = doc;
      byId.set(_id, `${table} ${_id} ${formatValue(content)}`);
    }
  }
  return (id) => byId.get(id) ?? id;
}
