import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { CorpusFirstSequencer } from "./harness/corpus/corpusFirst.js";

/**
 * One vitest project per backend. `memory` (convex-test, in process) is what
 * `npm test` runs. `container` (`npm run test:container`) runs the same
 * migration suites against one self-hosted Convex backend started for the
 * run by its globalSetup, with fewer runs; without a container runtime it
 * prints one line saying why and skips. See docs/backends.md.
 */
const include = [
  "harness/**/*.test.ts",
  "generators/**/*.test.ts",
  "convex/**/*.test.ts",
  "suites/**/*.test.ts",
];
// Fixtures are suites that fail on purpose; only the replay end-to-end test
// runs them, in a child vitest with this variable set.
if (process.env.HARNESS_FIXTURES === "1") include.push("suites/fixtures/**/*.fixture.ts");
// Benchmarks measure, never assert: only `npm run bench` (harness/cli/bench.ts) runs them.
if (process.env.HARNESS_BENCH === "1") include.push("bench/**/*.bench.ts");
// The insides of `npm run fuzz` / `npm run certify` (coverage, snapshot): only those CLIs run them.
const cliRunners = process.env.HARNESS_CLI === "1" ? ["harness/cli/runners/*.run.ts"] : [];
include.push(...cliRunners);

/** This repository is the package too: its suites import it by name, as an app would, from source. */
const self = (entry: string) => fileURLToPath(new URL(entry, import.meta.url));
const alias = [
  { find: /^convex-migration-harness$/, replacement: self("./harness/index.ts") },
  { find: /^convex-migration-harness\/generators$/, replacement: self("./generators/index.ts") },
  { find: /^convex-migration-harness\/vitest$/, replacement: self("./harness/vitest/index.ts") },
  { find: /^convex-migration-harness\/convex$/, replacement: self("./harness/convex/index.ts") },
  { find: /^convex-migration-harness\/container$/, replacement: self("./harness/backends/container/index.ts") },
];

export default defineConfig({
  resolve: { alias },
  test: {
    // The saved-failure corpus (suites/corpus.test.ts) is replayed first.
    sequence: { sequencer: CorpusFirstSequencer },
    // vitest's default in run mode is one worker less than the cores: on a
    // 2-core machine, one worker, every file in series. The files are
    // CPU-bound and independent; use every core.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "memory",
          include,
          environment: "edge-runtime",
          // Files share a worker's loaded modules instead of re-importing
          // convex-test, fast-check, faker and the app per file (about a
          // third of npm test's time). Tests must leave no global state
          // behind: environment changes go through options, spies are restored.
          // Benchmarks are isolated: the 10,000-document one leaves a heap
          // that would slow the files measured after it.
          isolate: process.env.HARNESS_BENCH === "1",
          server: { deps: { inline: ["convex-test"] } },
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "container",
          // The migration suites only; unit tests of the harness stay in `memory`.
          include: ["suites/**/*.prop.test.ts", ...(cliRunners.length > 0 ? ["harness/cli/runners/fuzz.run.ts"] : [])],
          environment: "node",
          server: { deps: { inline: ["convex-test"] } },
          globalSetup: ["suites/remote/containerGlobalSetup.ts"],
          provide: { harnessBackend: "container" },
          // Each property run seeds and reads over HTTP: a handful of runs,
          // not the memory project's hundreds.
          env: { HARNESS_RUNS: process.env.HARNESS_CONTAINER_RUNS ?? "10" },
          // One deployment for the run, emptied by every property run: files
          // must not run against it at the same time.
          fileParallelism: false,
          testTimeout: 900_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
