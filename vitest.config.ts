import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { containerProject } from "./harness/vitest/container/project.js";
import { migrationHarness } from "./harness/vitest/preset.js";
import { packageAliases } from "./scripts/packageAliases.js";

/**
 * The chat app's harness, through the same preset an app would use: every
 * `suites/*.migration.ts` is a spec file whose default export becomes its
 * tests. One vitest project per backend: `memory` (convex-test, in process)
 * is what `npm test` runs, with the harness's own unit tests; `container`
 * (`npm run test:container`) runs the same spec files against one
 * self-hosted Convex backend started for the run, with fewer runs, and
 * without a container runtime prints one line saying why and skips. See
 * docs/backends.md.
 */

const alias = packageAliases();

const unitTests = ["harness/**/*.test.ts", "generators/**/*.test.ts", "convex/**/*.test.ts", "suites/**/*.test.ts"];
// Fixtures are spec files that fail on purpose; only the end-to-end tests run them, in a child vitest with this variable set.
if (process.env.HARNESS_FIXTURES === "1") unitTests.push("suites/fixtures/**/*.fixture.ts");
// Benchmarks measure, never assert: only `npm run bench` runs them.
if (process.env.HARNESS_BENCH === "1") unitTests.push("bench/**/*.bench.ts");

export default defineConfig({
  resolve: { alias },
  plugins: [
    migrationHarness({
      // Fixture spec files fail on purpose: only the end-to-end tests add them (HARNESS_FIXTURES=1).
      specs: [
        "suites/*.migration.ts",
        ...(process.env.HARNESS_FIXTURES === "1" ? ["suites/fixtures/brokenApiKeys.migration.ts"] : []),
        // A spec file stuck in a loop no deadline can end: only the test of certify's budget adds it.
        ...(process.env.HARNESS_SPINNING === "1" ? ["suites/fixtures/spinning.migration.ts"] : []),
      ],
      app: "suites/app.ts",
      corpus: "suites/corpus",
      convex: "convex",
      // What else can change a verdict here: the harness and generators are this repository's own code.
      certificateSources: ["harness/**", "generators/**"],
    }),
  ],
  test: {
    // vitest's default in run mode is one worker less than the cores: on a
    // 2-core machine, one worker, every file in series. The files are
    // CPU-bound and independent; use every core.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: "memory",
          include: unitTests,
          // Files share a worker's loaded modules instead of re-importing
          // convex-test, fast-check, faker and the app per file (about a
          // third of npm test's time). Tests must leave no global state
          // behind: environment changes go through options, spies are restored.
          // Benchmarks are isolated: the 10,000-document one leaves a heap
          // that would slow the files measured after it.
          isolate: process.env.HARNESS_BENCH === "1",
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
      // The spec files only (the preset adds them); unit tests of the harness stay in `memory`.
      containerProject({ extends: true }),
      // `npm run test:e2e`: the printed commands run as printed, and certify against a stuck
      // suite, in child processes; `npm run test:install`: the packed package in a scratch
      // project of its own. Not `extends`: they run no spec file in process, only commands.
      { resolve: { alias }, test: { name: "e2e", include: ["suites/e2e/*.e2e.ts"], environment: "node", testTimeout: 600_000, fileParallelism: false } },
      { test: { name: "install", include: ["suites/install/*.e2e.ts"], environment: "node", testTimeout: 900_000, fileParallelism: false } },
    ],
  },
});
