/**
 * Whether this module runs in a vitest worker (where test files run), as
 * opposed to the main process that loads the config file: vitest 2 to 5
 * keep the worker's state in this global, set before any test file loads.
 * (Not VITEST_WORKER_ID: a vitest started from a test inherits it.)
 */
export function inVitestWorker(global: Record<string, unknown> = globalThis as Record<string, unknown>): boolean {
  return global.__vitest_worker__ !== undefined;
}
