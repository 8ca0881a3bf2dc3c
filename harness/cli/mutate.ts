/**
 * `mutate`: how much would the suite have caught? StrykerJS mutates each
 * migration's code (forward's and rollback's modules and the app modules
 * they import, plus the spec's `mutate` files) and runs the migration's
 * invariants against every mutant; a mutant is killed when one fails.
 * First the suite runs once unmutated: a red suite kills every mutant and
 * means nothing, so that migration stops there. Writes
 * <reports>/mutation/mutation.json, summary.md and StrykerJS's HTML per
 * migration (<reports>/mutation/<migration>/index.html).
 *
 * Exit codes: 0 every migration asked for was mutated (and scored at least
 * --min-score); 1 a suite failed unmutated, StrykerJS failed, the budget
 * ran out or a score is below --min-score; 2 a usage error.
 */
import { availableParallelism } from "node:os";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import type { MutatePlan } from "../mutate/plan.js";
import { planVariables } from "../model/config.js";
import { mutationDir } from "../mutate/report.js";
import type { MigrationMutation } from "../mutate/results.js";
import { strykerBin, STRYKER_VERSION } from "../mutate/stryker.js";
import type { MutationTargets } from "../mutate/targets.js";
import { duration } from "../model/duration.js";
import { integer, parseCommand, parseDuration, parseList, positiveInteger, UsageError, type CommandSpec } from "./parse.js";
import { gitCommit, sourceHash } from "./provenance.js";
import { mutateMigration, type MutateContext } from "./mutateMigration.js";
import { closeRun, collectSpecTests, openSpecRun } from "./runSpecs.js";

export const mutateCommand: CommandSpec = {
  name: "mutate",
  summary: "Mutation testing: StrykerJS mutates each migration's code and runs its invariants against every mutant; writes the score, every survivor and StrykerJS's HTML to reports/mutation/.",
  options: {
    migration: { type: "string", usage: "--migration a,b", help: "only these migrations (default every one)" },
    time: { type: "string", usage: "--time 60m", help: "budget of the whole run: past it StrykerJS is stopped and what it tested is reported as incomplete (default 60m)" },
    incremental: { type: "boolean", usage: "--incremental", help: "test again only mutants in code changed since the last run (StrykerJS's incremental mode)" },
    runs: { type: "string", usage: "--runs N", help: `property runs per invariant against each mutant (default ${5})` },
    seed: { type: "string", usage: "--seed N", help: "base seed: invariant i checks with seed + i, the same datasets for every mutant (default 1)" },
    concurrency: { type: "string", usage: "--concurrency N", help: "StrykerJS test runner processes (default: the cores)" },
    config: { type: "string", usage: "--config file", help: "the vitest config mutants run with (default vitest.mutate.config.ts)" },
    "min-score": { type: "string", usage: "--min-score N", help: "exit 1 when a migration scores below N percent" },
  },
  examples: [
    "npx convex-migration-harness mutate --migration apiKeysToTable",
    "npx convex-migration-harness mutate --time 60m --min-score 90",
    "npx convex-migration-harness mutate --incremental",
  ],
};

/** Property runs per invariant against a mutant (docs/mutation.md says why). */
const DEFAULT_RUNS = 5;
const DEFAULT_CONFIG = "vitest.mutate.config.ts";

export async function mutateMain(argv: string[], invocation: string): Promise<number> {
  const values = parseCommand(mutateCommand, argv, invocation);
  if (values === null) return 0;
  const started = Date.now();
  const budgetMs = parseDuration("time", values.time) ?? 60 * 60_000;
  const runs = positiveInteger("runs", values.runs) ?? DEFAULT_RUNS;
  const seed = integer("seed", values.seed) ?? 1;
  const concurrency = positiveInteger("concurrency", values.concurrency) ?? availableParallelism();
  const minScore = values["min-score"] === undefined ? undefined : Number(values["min-score"]);
  if (minScore !== undefined && !(minScore >= 0 && minScore <= 100)) throw new UsageError(`--min-score must be a percentage (0-100), got ${String(values["min-score"])}`);
  const wanted = parseList("migration", values.migration);
  const config = typeof values.config === "string" ? values.config : DEFAULT_CONFIG;
  const bin = strykerBin(process.cwd());
  if (!bin) {
    throw new UsageError(`${invocation}: StrykerJS is not installed here: npm i -D --save-exact @stryker-mutator/core@${STRYKER_VERSION} @stryker-mutator/vitest-runner@${STRYKER_VERSION}`);
  }
  if (!existsSync(resolve(config))) {
    throw new UsageError(`${invocation}: no ${config}: create it with\n  import { mutationConfig } from "convex-migration-harness/vitest";\n  import base from "./vitest.config";\n  export default mutationConfig(base);`);
  }

  console.log(`Mutate: finding the migrations and what to mutate (${config})`);
  const { options, declared } = await probe(config);
  const known = [...declared.keys()].sort();
  const unknown = (wanted ?? []).filter((m) => !declared.has(m));
  if (unknown.length > 0) throw new UsageError(`--migration: unknown ${unknown.join(", ")}; known migrations: ${known.join(", ")}`);
  const chosen = wanted ?? known;

  const context: MutateContext = {
    options,
    config,
    bin,
    runs,
    seed,
    concurrency,
    incremental: values.incremental === true,
    deadline: started + budgetMs,
    sourceHash: sourceHash(options),
    commit: gitCommit(options),
  };
  console.log(`Mutating ${chosen.length} migration(s): ${runs} runs per invariant, seed ${seed}, ${concurrency} StrykerJS runner(s)` +
    `${context.incremental ? ", incremental" : ""}; budget ${duration(budgetMs)}`);
  const results: MigrationMutation[] = [];
  for (const [i, migration] of chosen.entries()) {
    const { file, targets } = declared.get(migration)!;
    results.push(await mutateMigration(context, { migration, file, targets, position: `${i + 1}/${chosen.length}` }));
  }

  console.log(`\nMutation testing (${duration(Date.now() - started)}):`);
  for (const r of results) console.log(`  ${r.migration}: ${r.score === null ? "no score" : `${r.score.toFixed(1)}%`} (${r.status}${r.note ? `: ${r.note}` : ""})`);
  console.log(`Report: ${mutationDir(options.reports)}/summary.md (also mutation.json, <migration>/index.html)`);
  const below = minScore === undefined ? [] : results.filter((r) => r.score !== null && r.score < minScore);
  for (const r of below) console.log(`  ${r.migration} scores ${r.score!.toFixed(1)}%, below --min-score ${minScore}`);
  return results.every((r) => r.status === "complete") && below.length === 0 ? 0 : 1;
}

interface Declared {
  file: string;
  targets: MutationTargets;
}

/**
 * Collects every spec file in mutate's probe mode, where each spec registers
 * one skipped test whose meta holds its mutation targets: which migrations
 * exist, which file declares each, and what to mutate for it.
 */
async function probe(config: string): Promise<{ options: MutateContext["options"]; declared: Map<string, Declared> }> {
  const plan: MutatePlan = { probe: true };
  const run = await openSpecRun("mutate", planVariables("mutate", plan), ["memory"], [], config);
  try {
    const declared = new Map<string, Declared>();
    for (const test of await collectSpecTests(run)) {
      const targets = test.meta.harnessMutationTargets as MutationTargets | undefined;
      if (test.migration && targets && !declared.has(test.migration)) declared.set(test.migration, { file: test.file, targets });
    }
    if (declared.size === 0) throw new UsageError(`no spec file declares a migration (spec files: ${run.files.join(", ")})`);
    return { options: run.options, declared };
  } finally {
    await closeRun(run);
  }
}
