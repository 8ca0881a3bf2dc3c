import { defineConfig } from "vitest/config";

/**
 * One vitest project per backend. `memory` (convex-test, in process) is what
 * `npm test` runs; a `container` project joins here when the self-hosted
 * backend is wired in, running the same suite files with fewer runs.
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

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "memory",
          include,
          environment: "edge-runtime",
          server: { deps: { inline: ["convex-test"] } },
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
