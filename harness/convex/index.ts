/**
 * convex-migration-harness/convex: the app-side helpers, imported from the
 * app's convex/ folder. They depend on `convex` alone, so the app deploys as
 * it is; nothing here is test-side code.
 */
export { testingFunctions } from "./testingFunctions.js";
export type { TestingFunctionsOptions } from "./testingFunctions.js";
export type { MarkerResolver, MarkerResolvers } from "./markers.js";
export { componentBatchRunner, FINISHED_CURSOR } from "./componentRunner.js";
export type { MigrationsComponent } from "./componentRunner.js";
export { batchArgs, batchResult } from "./batchProtocol.js";
export { TEST_MODE_VARIABLE, requireTestMode } from "./testMode.js";
