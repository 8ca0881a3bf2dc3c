/**
 * convex-migration-harness/vitest: the vitest side of the harness. The
 * preset turns spec files into tests; reporters collect what the tests
 * found (certify and fuzz use them; a CI can too).
 */
export { migrationHarness } from "./preset.js";
export type { HarnessOptions } from "./options.js";
export { migrationSuite } from "./migrationSuite.js";
export type { SuiteOptions } from "./migrationSuite.js";
export { ResultCollector } from "../report/collector.js";
export { ConsoleReporter } from "../report/consoleReporter.js";
