import fc from "fast-check";
import type { Direction } from "../model/direction.js";
import type { Snapshot } from "../model/snapshot.js";
import type { ResolvedProgress } from "../spec/types.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";

/** What the app's progress query reported, next to the real count. */
export interface Reading {
  stage: string;
  direction: Direction | "seeded";
  reported: Record<string, unknown>;
  real: { total: number; migrated: number };
}

/** Readings shown in a failure, ending at the one that broke a rule. */
const SHOWN_READINGS = 6;

/**
 * The migration's progress report tells the truth at every batch: before the
 * first batch and after each batch of forward and of rollback, the app's
 * progress query returns finite numbers, `total` and `migrated` equal the
 * real counts in the database (the spec's `isMigrated` over a snapshot),
 * `remaining = total - migrated`, `percent` lies in [0, 100], agrees with
 * migrated / total to within rounding and is 100 exactly when nothing
 * remains (an empty table may say 0 or 100, never NaN); and it is monotone:
 * it never goes back during forward, never forward during rollback.
 */
export const progressTruthful: Invariant<number> = {
  name: "progressTruthful",
  title: "reported progress is monotone, within 0..100 and equal to the real count after every batch",
  defaultRuns: 20,
  notApplicable: (spec) => (spec.progress ? null : "the spec declares no `progress` query (and real count) to check"),
  params: (spec) => fc.constantFrom(spec.batchSize, 1),
  async check({ ctx, session: s }, batchSize) {
    const progress = ctx.spec.progress!;
    const readings: Reading[] = [];
    const observe = async (stage: string, direction: Reading["direction"]) => {
      const reported = (await s.backend.query(progress.query, progress.args)) as Record<string, unknown>;
      const reading = { stage, direction, reported, real: await realCount(progress, await s.snapshot()) };
      readings.push(reading);
      const problems = progressProblems(reading, readings.at(-2));
      if (problems.length > 0) throw violation(progress.query, problems, readings);
    };
    await observe("seeded, before forward", "seeded");
    await s.complete("forward", { batchSize, afterBatch: (b) => observe(`after forward batch ${b.number}`, "forward") });
    if (!ctx.spec.rollback) return;
    await s.complete("rollback", { batchSize, afterBatch: (b) => observe(`after rollback batch ${b.number}`, "rollback") });
  },
};

async function realCount(progress: ResolvedProgress, snapshot: Snapshot): Promise<Reading["real"]> {
  const docs = snapshot.tables[progress.table];
  if (!docs) throw new Error(`progress.table "${progress.table}" is not a table of the app`);
  let migrated = 0;
  for (const doc of docs) if (await progress.isMigrated(doc, snapshot)) migrated++;
  return { total: docs.length, migrated };
}

/** What is untruthful about one reading, given the one before it (empty: nothing). */
export function progressProblems(reading: Reading, previous: Reading | undefined): string[] {
  const { reported, real } = reading;
  const fields = ["total", "migrated", "remaining", "percent"] as const;
  const bad = fields.filter((f) => typeof reported?.[f] !== "number" || !Number.isFinite(reported[f] as number));
  if (bad.length > 0) return bad.map((f) => `${f} is ${String(reported?.[f])}, not a finite number`);
  const { total, migrated, remaining, percent } = reported as Record<(typeof fields)[number], number>;
  const problems: string[] = [];
  if (total !== real.total) problems.push(`total is ${total}, but the table holds ${real.total} document(s)`);
  if (migrated !== real.migrated) problems.push(`migrated is ${migrated}, but ${real.migrated} document(s) are migrated`);
  if (remaining !== total - migrated) problems.push(`remaining is ${remaining}, not total - migrated = ${total - migrated}`);
  if (percent < 0 || percent > 100) problems.push(`percent is ${percent}, outside [0, 100]`);
  if (total === 0 && percent !== 0 && percent !== 100) problems.push(`percent of an empty table is ${percent}, neither 0 nor 100`);
  if (total > 0) {
    const exact = (100 * migrated) / total;
    if (Math.abs(percent - exact) >= 1) problems.push(`percent is ${percent}, but ${migrated} of ${total} is ${exact.toFixed(2)}%`);
    if ((percent === 100) !== (remaining === 0)) problems.push(`percent is ${percent} while ${remaining} document(s) remain`);
  }
  // Each reading against the one before it: the first rollback batch against
  // forward's last, which is where rollback starts.
  if (previous && reading.direction !== "seeded") {
    const before = previous.reported as Record<string, number>;
    const backwards = reading.direction === "forward" ? migrated < before.migrated || percent < before.percent : migrated > before.migrated || percent > before.percent;
    if (backwards) {
      problems.push(`progress went ${reading.direction === "forward" ? "backwards during forward" : "forwards during rollback"}: migrated ${before.migrated} -> ${migrated}, percent ${before.percent} -> ${percent}`);
    }
  }
  return problems;
}

function violation(query: string, problems: string[], readings: Reading[]): InvariantViolation {
  const last = readings.at(-1)!;
  return new InvariantViolation({
    invariant: "progressTruthful",
    summary: `${last.stage}: ${problems[0]}`,
    details: [
      `${query} after each step (reported | real):`,
      ...readings.slice(-SHOWN_READINGS).map((r) => `  ${r.stage}: ${describe(r.reported)} | total ${r.real.total}, migrated ${r.real.migrated}`),
      ...problems.map((p) => `  ${p}`),
    ],
    findings: problems,
  });
}

function describe(reported: Record<string, unknown>): string {
  if (reported === null || typeof reported !== "object") return JSON.stringify(reported);
  return ["total", "migrated", "remaining", "percent"].map((f) => `${f} ${String(reported[f])}`).join(", ");
}
