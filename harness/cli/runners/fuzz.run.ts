/**
 * The inside of `npm run fuzz` (harness/cli/fuzz.ts): one vitest test per
 * (migration, invariant) pair of this shard, each fuzzing its property until
 * its share of the time left is spent. Only run through the CLI
 * (HARNESS_CLI=1 adds this file to vitest's include).
 */
import { test } from "vitest";
import { loadRegistry } from "../../corpus/registry.js";
import { fuzzProperty, type FuzzPropertyReport } from "../fuzzProperty.js";
import { readFuzzPlan } from "../fuzzPlan.js";
import { selectEntries, shardPairs } from "../shard.js";
import { projectBackend } from "./projectBackend.js";

const plan = readFuzzPlan();
const registry = await loadRegistry();
const pairs = shardPairs(selectEntries(registry, plan.migrations), plan.shard);
const backend = projectBackend();
// Generous: a property stops starting rounds at its deadline; the last round may run over.
const timeout = Math.max(0, plan.deadline - Date.now()) + 10 * 60_000;

if (pairs.length === 0) {
  test(`shard ${plan.shard.index}/${plan.shard.count} has no property to fuzz`, (context) => {
    context.skip(`${plan.shard.count} shards for fewer properties`);
  });
}

pairs.forEach(({ entry, invariant }, i) => {
  test(`${entry.name} › ${invariant}`, async (context) => {
    // An equal share of what is left: time a property did not use goes to the next ones.
    const left = plan.deadline - Date.now();
    const report: FuzzPropertyReport = await fuzzProperty({
      entry,
      invariant,
      backend,
      deadline: Date.now() + left / (pairs.length - i),
      seed: plan.seed === undefined ? undefined : plan.seed + i * 1_000_003,
      roundRuns: plan.roundRuns,
      corpusDir: plan.corpusDir,
      log: (line) => console.log(line),
    });
    (context.task.meta as Record<string, unknown>).harnessFuzz = report;
    if (report.status === "failed") throw new Error(report.findings.map((f) => f.report).join("\n\n"));
    if (report.status === "skipped") context.skip(report.reason);
  }, timeout);
});
