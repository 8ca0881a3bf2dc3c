/**
 * `npm run bench`: runs bench/*.bench.ts on the memory backend, gathers the
 * figures they record, prints them and writes reports/bench.json so that two
 * runs can be compared. Figures, not assertions: the machine is shared.
 *
 * Figures: (a) round-trip runs per second at 20, 200 and 2,000 documents,
 * (b) harness time over bare convex-test time per invariant, (c) wall time
 * of each migration suite, (d) peak memory of a 10,000-document certification.
 *
 *   npm run bench                       # every figure
 *   BENCH_SIZES=20,200 npm run bench    # skip the 2,000-document round trip
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { startVitest } from "vitest/node";
import { FIGURES_FILE } from "../../bench/figures.js";
import { parseCommand, type CommandSpec } from "./parse.js";
import { gitCommit, versions } from "./provenance.js";
import { findFiles } from "../vitest/specFiles.js";
import { registeredOptions } from "../vitest/preset.js";

export const benchCommand: CommandSpec = {
  name: "bench",
  summary: "Measure the harness on this repository: round-trip throughput, overhead over bare convex-test, suite wall times, a 10,000-document certification.",
  options: {},
  examples: ["npm run bench", "BENCH_SIZES=20,200 npm run bench"],
};

export async function benchMain(argv: string[], invocation: string): Promise<number> {
const values = parseCommand(benchCommand, argv, invocation);
if (values === null) return 0;
const started = Date.now();
rmSync(FIGURES_FILE, { force: true });
process.env.HARNESS_BENCH = "1";
const vitest = await startVitest("test", ["bench/"], {
  project: ["memory"],
  run: true,
  watch: false,
  // One file at a time: parallel files would measure each other. (With
  // HARNESS_BENCH set, vitest.config.ts also isolates each bench file.)
  fileParallelism: false,
} as any);
await vitest.close();
let failed = vitest.state.getCountOfFailedTests() > 0;
const figures: Array<Record<string, any>> = existsSync(FIGURES_FILE)
  ? readFileSync(FIGURES_FILE, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line))
  : [];

// (b) overall: every invariant's runs against every invariant's bare calls.
const overhead = figures.filter((f) => f.group === "overhead");
if (overhead.length > 0) {
  const harnessMs = overhead.reduce((n, f) => n + f.harnessMs, 0);
  const bareConvexTestMs = overhead.reduce((n, f) => n + f.bareConvexTestMs, 0);
  figures.push({ group: "overhead", name: "all invariants", harnessMs, bareConvexTestMs, ratio: harnessMs / bareConvexTestMs });
}

// (c) Wall time of each migration suite, with its default run counts, one file at a time.
delete process.env.HARNESS_BENCH;
const suiteTimes: Array<{ file: string; seconds: number; tests: number }> = [];
const options = registeredOptions();
const suiteFiles = options ? findFiles(options.root, options.specs) : [];
const suites = await startVitest("test", suiteFiles, {
  project: ["memory"],
  run: true,
  watch: false,
  fileParallelism: false,
  reporters: [
    "dot",
    {
      onTestModuleEnd(module: any) {
        const file = String(module.moduleId).replace(`${process.cwd()}/`, "");
        suiteTimes.push({ file, seconds: module.diagnostic().duration / 1000, tests: [...module.children.allTests()].length });
      },
    },
  ],
} as any);
await suites.close();
failed ||= suites.state.getCountOfFailedTests() > 0;
for (const { file, seconds, tests } of suiteTimes) figures.push({ group: "suiteWallTime", name: file, seconds, tests });

const report = {
  createdAt: new Date().toISOString(),
  commit: options ? gitCommit(options) : "unknown",
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30) },
  versions: versions(process.cwd()),
  durationMs: Date.now() - started,
  figures,
};
mkdirSync("reports", { recursive: true });
writeFileSync("reports/bench.json", JSON.stringify(report, null, 2) + "\n");

console.log("\nBenchmark figures");
for (const { group, name, ...figure } of figures) {
  const shown = Object.entries(figure).map(([k, v]) => `${k} ${typeof v === "number" ? Number(v.toFixed(2)) : v}`);
  console.log(`  ${group} ${name}: ${shown.join(", ")}`);
}
console.log(`Written to reports/bench.json (${((Date.now() - started) / 1000).toFixed(1)} s)`);
return failed ? 1 : 0;
}
