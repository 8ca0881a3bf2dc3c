/**
 * `convex-migration-harness bench`: each spec file's suite, timed, on the
 * memory backend at its own run counts: what `npm test` spends per
 * migration, and per test inside it. Figures, not assertions: printed and
 * written to reports/bench.json so that two runs (before and after a spec
 * change, or a harness upgrade) can be compared.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { parseCommand, type CommandSpec } from "./parse.js";
import { BenchProgressReporter } from "../vitest/reporters/benchProgressReporter.js";
import { seconds } from "../model/duration.js";
import { gitCommit, versions } from "./provenance.js";
import { openSpecRun } from "./runSpecs.js";

export const benchCommand: CommandSpec = {
  name: "bench",
  summary: "Time each migration suite (and each test in it) on the memory backend at its own run counts; reports/bench.json.",
  options: {},
  examples: ["npx convex-migration-harness bench"],
};

/** One timed suite or test. */
export interface SuiteTime {
  group: "suiteWallTime" | "testWallTime";
  name: string;
  seconds: number;
  tests?: number;
}

type TimedModule = { moduleId: string; diagnostic(): { duration: number }; children: { allTests(): Iterable<{ fullName: string; diagnostic(): { duration: number } | undefined }> } };

/**
 * Runs the project's spec files and returns each file's and each test's
 * wall time, and the number of failed tests. The repository's own bench
 * (bench/run.ts) calls it for its suite figures.
 */
export async function timeSpecSuites(): Promise<{ figures: SuiteTime[]; failures: number; root: string; options: Awaited<ReturnType<typeof openSpecRun>>["options"] }> {
  const figures: SuiteTime[] = [];
  const timer = {
    onTestModuleEnd(module: TimedModule) {
      const file = String(module.moduleId).replace(`${process.cwd()}/`, "");
      const tests = [...module.children.allTests()];
      figures.push({ group: "suiteWallTime", name: file, seconds: module.diagnostic().duration / 1000, tests: tests.length });
      for (const test of tests) {
        const duration = test.diagnostic()?.duration;
        if (duration !== undefined) figures.push({ group: "testWallTime", name: `${file} > ${test.fullName}`, seconds: duration / 1000 });
      }
    },
  };
  const progress = new BenchProgressReporter({}, { byFile: true, echoLogs: false });
  const run = await openSpecRun("test", {}, ["memory"], [progress as never, timer as never]);
  try {
    await run.vitest.start(run.files);
  } finally {
    await run.vitest.close();
  }
  return { figures, failures: run.vitest.state.getCountOfFailedTests(), root: run.options.root, options: run.options };
}

export async function benchMain(argv: string[], invocation: string): Promise<number> {
  const values = parseCommand(benchCommand, argv, invocation);
  if (values === null) return 0;
  const started = Date.now();
  const { figures, failures, root, options } = await timeSpecSuites();
  const report = {
    createdAt: new Date().toISOString(),
    commit: gitCommit(options),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
    versions: versions(root),
    durationMs: Date.now() - started,
    figures,
  };
  mkdirSync(join(root, "reports"), { recursive: true });
  writeFileSync(join(root, "reports", "bench.json"), JSON.stringify(report, null, 2) + "\n");
  console.log("\nSuite wall times (memory backend, each spec's own run counts)");
  for (const figure of figures.filter((f) => f.group === "suiteWallTime")) console.log(`  ${figure.name}: ${figure.seconds.toFixed(1)} s, ${figure.tests} tests`);
  console.log(`Written to reports/bench.json (${seconds(Date.now() - started)})${failures > 0 ? `; ${failures} test(s) failed` : ""}`);
  return failures > 0 ? 1 : 0;
}
