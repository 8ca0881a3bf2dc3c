import type { App } from "../../model/app.js";
import type { Backend, BackendKind } from "../../model/backend.js";
import { RemoteBackendError } from "./errors.js";
import { callFunction, type CallOptions, type RemoteConnection } from "./http.js";

/**
 * Most clearAll calls before giving up: each call deletes up to 4,000
 * documents (convex/testing.ts), so this bounds a wipe at about a million
 * documents instead of looping forever on a clearAll that never says done.
 */
const MAX_CLEAR_CALLS = 250;

/**
 * A Backend over Convex's HTTP API: the same interface the memory backend
 * implements, so invariants cannot tell them apart. Shared by the container
 * and external backends; the deployment outlives the Backend, so disposing
 * clears its tables instead of dropping it.
 */
export function remoteBackend(kind: BackendKind, app: App, connection: RemoteConnection, options: CallOptions = {}): Backend {
  return {
    kind,
    query: (name, args, as) => callFunction(connection, "query", name, args, { ...options, as }),
    mutation: (name, args, as) => callFunction(connection, "mutation", name, args, { ...options, as }),
    action: (name, args, as) => callFunction(connection, "action", name, args, { ...options, as }),
    dispose: () => clearDeployment(app, connection, options).then(() => undefined),
  };
}

/**
 * Empties every table through the app's clearAll, one call per 4,000
 * documents (not one per table), until it says done. Returns how many
 * documents it deleted.
 */
export async function clearDeployment(app: App, connection: RemoteConnection, options: CallOptions = {}): Promise<number> {
  let deleted = 0;
  for (let call = 0; call < MAX_CLEAR_CALLS; call++) {
    const result = (await callFunction(connection, "mutation", app.functions.clearAll, {}, options)) as {
      done: boolean;
      deleted: number;
    };
    deleted += result.deleted;
    if (result.done) return deleted;
  }
  throw new RemoteBackendError(
    "bad-response",
    `${app.functions.clearAll} on ${connection.url} was not done after ${MAX_CLEAR_CALLS} calls (${deleted} documents deleted); ` +
      "it must return { done: true } once every table is empty",
  );
}
