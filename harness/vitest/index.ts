/**
 * convex-migration-harness/vitest: the vitest side of the harness. The
 * preset turns spec files into tests; migrationSuite registers a spec's
 * tests in a test file of its own; mutationConfig derives the config
 * `mutate` runs mutants with.
 */
export { migrationHarness } from "./preset.js";
export { mutationConfig } from "../mutate/vitestConfig.js";
export { migrationSuite } from "./migrationSuite.js";
