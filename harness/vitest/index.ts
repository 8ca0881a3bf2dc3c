/**
 * convex-migration-harness/vitest: the vitest side of the harness. The
 * preset turns spec files into tests; reporters collect what the tests
 * found (certify and fuzz use them; a CI can too); mutationConfig derives
 * the config `mutate` runs mutants with.
 */
export { migrationHarness } from "./preset.js";
export type { HarnessOptions } from "../model/config.js";
export { mutationConfig } from "../mutate/vitestConfig.js";
export type { MutationConfigOptions } from "../mutate/vitestConfig.js";
export { migrationSuite } from "./migrationSuite.js";
export type { SuiteOptions } from "./migrationSuite.js";
export { ResultCollector } from "./reporters/collector.js";
export { ConsoleReporter } from "./reporters/consoleReporter.js";
