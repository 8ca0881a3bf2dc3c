import { describe, test } from "vitest";
import type { BackendProvider } from "../../model/backend.js";
import { resolveDeadline } from "../../engine/deadline.js";
import { resolveShrinkBudget } from "../../engine/shrinkBudget.js";
import { claimShare, readShardProperties, type FuzzPlan } from "../../fuzz/plan.js";
import { fuzzProperty, type FuzzPropertyReport } from "../../fuzz/property.js";
import { invariants } from "../../invariants/index.js";
import { invariantNames, type InvariantName } from "../../model/invariantNames.js";
import type { MigrationSpec } from "../../spec/types.js";

/** The name of a fuzzed property: what the CLI lists, shards and selects by. */
export function fuzzTestName(spec: MigrationSpec, invariant: InvariantName): string {
  return `fuzz ${spec.name} › ${invariant}`;
}

/**
 * Fuzz mode: one test per (migration or fault, applicable invariant) of
 * this shard, each fuzzing until its share of the time left is spent. A
 * failure is saved to the corpus, and its replay command runs the npm test
 * test of the same property with the failure's seed and path.
 */
export function fuzzTests(spec: MigrationSpec, where: { file: string; project?: string; config?: string }, plan: FuzzPlan, backend: "memory" | BackendProvider): void {
  // Without the shard's list the CLI is collecting: every property is listed, faults apart, for it to choose from.
  const shard = readShardProperties(plan);
  describe("migrations", () => register(spec, [spec], where, plan, backend, shard));
  if (spec.faults.length > 0) describe("faults", () => register(spec, spec.faults.map((f) => f.spec()), where, plan, backend, shard));
}

function register(spec: MigrationSpec, targets: MigrationSpec[], where: { file: string; project?: string; config?: string }, plan: FuzzPlan, backend: "memory" | BackendProvider, shard: string[] | null): void {
  const kind = typeof backend === "string" ? backend : backend.kind;
  for (const target of targets) {
    const fault = spec.faults.find((f) => `${spec.name}_${f.name}` === target.name);
    const names: InvariantName[] = fault ? [fault.invariant] : invariantNames.filter((name) => invariants[name].notApplicable(target) === null);
    for (const invariant of names) {
      const name = fuzzTestName(target, invariant);
      if (shard && !shard.includes(name)) continue;
      const replayName = fault
        ? [`${spec.name} faults`, `${invariant} catches ${fault.bug}`]
        : [`${spec.name} on ${kind}`, `${invariant}: ${invariants[invariant].title}`];
      // Generous: a property stops starting rounds at its deadline; the last round may run over by its shrink budget and a call.
      const timeout = Math.max(0, plan.deadline - Date.now()) + resolveShrinkBudget(target.shrinkBudgetMs) + resolveDeadline(kind, target.deadlineMs) + 60_000;
      test(name, async (context) => {
        const report: FuzzPropertyReport = await fuzzProperty({
          spec: target,
          invariant,
          backend,
          deadline: claimShare(plan, name),
          seed: plan.seed === undefined ? undefined : (plan.seed + hash(name)) | 0,
          roundRuns: plan.roundRuns,
          corpusDir: plan.corpusDir,
          replay: { file: where.file, testName: replayName, project: where.project, config: where.config },
          log: (line) => console.log(line),
        });
        (context.task.meta as Record<string, unknown>).harnessFuzz = report;
        if (report.status === "failed") throw new Error(report.findings.map((f) => f.report).join("\n\n"));
        if (report.status === "skipped") context.skip(report.reason);
      }, timeout);
    }
  }
}

/** A property's own seed offset: the same --seed gives the same rounds, whichever shard or order runs it. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
