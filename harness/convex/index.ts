/**
 * convex-migration-harness/convex: the app-side helpers, imported from the
 * app's convex/ folder. They depend on `convex` alone, so the app deploys as
 * it is; nothing here is test-side code.
 */
export { testingFunctions } from "./testingFunctions.js";
export type { MarkerResolver } from "./markers.js";
export { batchArgs, batchResult } from "./batchProtocol.js";
export { componentBatchRunner, FINISHED_CURSOR } from "./componentRunner.js";
export { requireTestMode } from "./testMode.js";
