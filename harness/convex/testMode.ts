/** The deployment variable that says "this is a test deployment": the test-only functions refuse to run without it. */
export const TEST_MODE_VARIABLE = "CONVEX_HARNESS_TEST_MODE";

/**
 * Throws unless the deployment is in test mode, like convex-helpers'
 * testing functions: these functions seed, read and wipe whole tables. Call
 * it first in a test-only function of your own.
 *
 * @example
 * export const resetCounters = internalMutation({ args: {}, handler: async (ctx) => { requireTestMode(); ... } });
 */
export function requireTestMode(): void {
  if (process.env[TEST_MODE_VARIABLE] !== "1") {
    throw new Error(
      `Test-only function called without test mode. On a test deployment only, run ` +
        `\`npx convex env set ${TEST_MODE_VARIABLE} 1\`; never on a deployment with real data.`,
    );
  }
}
