import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { migrationHarness } from "../../harness/vitest/preset.js";
import { packageAliases } from "../../scripts/packageAliases.js";

/**
 * The false-alarm suite: small apps of the package's own, each with correct
 * migrations of a shape real apps have (system-table ids, joins on strings,
 * raw documents from read paths, index-ordered lists, deep and wide values,
 * several defines per module, bookkeeping tables). Every migration here is
 * correct, so any failure is a harness bug. Run at several seeds:
 * `HARNESS_SEED=7 npx vitest run -c suites/falseAlarms/vitest.config.ts`.
 */
const self = (entry: string) => fileURLToPath(new URL(entry, import.meta.url));
export default defineConfig({
  root: self("../.."),
  resolve: { alias: packageAliases() },
  plugins: [migrationHarness({ specs: ["suites/falseAlarms/*/*.migration.ts"], corpus: "suites/falseAlarms/corpus", convex: "suites/falseAlarms" })],
  // The spec files are CPU-bound and independent: every core (vitest's default leaves one idle).
  test: { include: [], maxWorkers: availableParallelism(), testTimeout: 600_000, hookTimeout: 60_000 },
});
