import { scheduleOf, writeCommands, type ConcurrentParams, type Phase } from "./support/traffic/commands.js";
import { Traffic, type ReadBackAnswer } from "./support/traffic/traffic.js";
import type { Session } from "../engine/session.js";
import { compareValues } from "../snapshot/compare.js";
import { formatDifferences } from "../snapshot/diff.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";

/** What the app read back after each phase when the same writes ran with no migration. */
type Expected = Record<Phase, Map<string, ReadBackAnswer>> & { errors: Array<string | null>; traffic: Traffic };

/**
 * Live traffic survives the migration: app writes made between batches
 * (chosen, placed and shrunk by fast-check) are all still visible through
 * the app's reads once forward has finished, and once rollback has. The
 * reference is the same writes on the same data with no migration at all:
 * for the app, the migration must be invisible. Convex runs every batch and
 * every write as its own serializable transaction, so interleaving whole
 * transactions covers what OCC lets production do. The reference runs first
 * and to the end, so only one deployment is in use at a time.
 */
export const concurrentWrites: Invariant<ConcurrentParams> = {
  name: "concurrentWrites",
  title: "app writes made between batches survive forward and rollback, as the app reads them",
  defaultRuns: 25,
  notApplicable: (spec) => (spec.appWrites ? null : "the spec declares no `appWrites` to interleave"),
  params: (spec) => writeCommands(spec),
  async check({ ctx, session, open }, params) {
    const phases: Phase[] = ctx.spec.rollback ? ["forward", "rollback"] : ["forward"];
    const expected = await withoutMigration(session, params, phases);
    const s = await open();
    const traffic = new Traffic(s, ctx.spec.appWrites!);
    for (const phase of phases) await interleaved(s, traffic, phase, params, expected);
  },
};

/** The reference, on the run's first session: the same writes with no migration. */
async function withoutMigration(s: Session, { commands }: ConcurrentParams, phases: Phase[]): Promise<Expected> {
  const traffic = new Traffic(s, s.ctx.spec.appWrites!);
  const expected = { errors: [] } as unknown as Expected;
  for (const phase of phases) {
    for (const command of scheduleOf(commands, phase)) await traffic.play(command);
    expected[phase] = await traffic.readBackAnswers();
  }
  expected.errors = traffic.outcomes.map((o) => o.error);
  expected.traffic = traffic;
  return expected;
}

async function interleaved(s: Session, traffic: Traffic, phase: Phase, { batchSize, commands }: ConcurrentParams, expected: Expected): Promise<void> {
  const schedule = scheduleOf(commands, phase);
  const play = async (command: (typeof schedule)[number]) => {
    for (const outcome of await traffic.play(command)) {
      const without = expected.errors[traffic.outcomes.length - 1];
      if ((outcome.error === null) === (without === null)) continue;
      throw violation(traffic, `${outcome.shown} ${outcome.error === null ? "succeeds" : "fails"} during the migration but not without it`, [
        `during the migration: ${outcome.error ?? "ok"}`,
        `without the migration: ${without ?? "ok"}`,
      ]);
    }
  };
  const outcome = await s.complete(phase, {
    batchSize,
    // Each write may add a document to the paged table (one more batch at most), in this phase or an earlier one.
    maxBatches: s.bound(batchSize) + traffic.outcomes.length + schedule.reduce((n, c) => n + traffic.size(c), 0),
    beforeBatch: async (n) => {
      for (const command of schedule.filter((c) => c.afterBatch === n - 1)) await play(command);
    },
    afterBatch: async (b) => void traffic.timeline.push(`${phase} batch ${b.number}${b.result.isDone ? " (the last)" : ""}`),
  });
  for (const command of schedule.filter((c) => c.afterBatch >= outcome.batches.length)) await play(command);

  const lost: string[] = [];
  let summary: string | null = null;
  const now = await traffic.readBackAnswers();
  for (const [key, want] of expected[phase]) {
    const got = now.get(key);
    // Equal as answered: nothing to name. Otherwise each side names what its
    // deployment minted (the run without the migration at its end state).
    if (got && compareValues(want.answer, got.answer).equal) continue;
    const diff = compareValues(await expected.traffic.named(want), got ? await traffic.named(got) : undefined);
    if (diff.equal) continue;
    summary ??= `after ${phase}, ${want.shown} does not show the app's writes: it differs from the same writes without the migration`;
    lost.push(`  ${want.shown}`, ...formatDifferences(diff.differences, { max: 6 }).split("\n").map((l) => `    ${l}`));
  }
  if (summary) throw violation(traffic, summary, [`batch size ${batchSize}`, ...lost, "expected = the same writes with no migration, got = with the migration"]);
}

function violation(traffic: Traffic, summary: string, lines: string[]): InvariantViolation {
  return new InvariantViolation({
    invariant: "concurrentWrites",
    summary,
    details: ["what happened, in order:", ...traffic.timeline.map((event) => `  ${event}`), ...lines],
  });
}
