import { fixFor, RemoteBackendError } from "./errors.js";
import { callFunction, type CallOptions, type RemoteConnection } from "./http.js";

/** A harmless test-only query of convex/testing.ts: it only lists table names. */
export const DEFAULT_TEST_MODE_PROBE = "testing:tableNames";

/**
 * Refuses a deployment that is not in test mode before the harness deletes
 * anything: the probe is a test-only function, which throws a recognizable
 * error unless CONVEX_HARNESS_TEST_MODE=1 is set on the deployment. Also
 * catches a wrong admin key, an unreachable URL and an app that was never
 * pushed, once, instead of in every property run.
 */
export async function requireTestDeployment(
  connection: RemoteConnection,
  probe: string = DEFAULT_TEST_MODE_PROBE,
  options: CallOptions = {},
): Promise<void> {
  try {
    await callFunction(connection, "query", probe, {}, options);
  } catch (error) {
    if (!(error instanceof RemoteBackendError)) throw error;
    if (error.failure === "test-mode-off") {
      throw new RemoteBackendError(
        "test-mode-off",
        `${connection.url} is not a test deployment: its test-only functions refuse to run because ` +
          "CONVEX_HARNESS_TEST_MODE is not set to 1 there. The harness deletes every document of the " +
          `deployment it tests, so it runs only where that variable says it may.\n${fixFor("test-mode-off", connection.url)}`,
        { cause: error },
      );
    }
    if (error.failure === "not-deployed") {
      throw new RemoteBackendError(
        "not-deployed",
        `${connection.url} has no ${probe}: the app's convex/ folder (with its test-only functions) is not deployed there.\n` +
          fixFor("not-deployed", connection.url),
        { cause: error },
      );
    }
    throw error;
  }
}
