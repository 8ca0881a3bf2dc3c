import type { App } from "../../model/app.js";
import type { Backend, BackendKind, BackendProvider } from "../../model/backend.js";
import { clearDeployment, remoteBackend } from "./driver.js";
import { fixFor, RemoteBackendError } from "./errors.js";
import type { CallOptions, RemoteConnection } from "./http.js";
import { DEFAULT_TEST_MODE_PROBE, requireTestDeployment } from "./preflight.js";

/** Where the deployment is, or why there is none here (a skip, not a failure). */
export type ConnectionResult = RemoteConnection | { unavailable: string };

export interface RemoteProviderOptions {
  kind: BackendKind;
  /**
   * Finds the deployment. Called once, lazily: a provider can be built when a
   * suite registers its tests, before the deployment exists. Throws for
   * configuration that is wrong (refused, not merely absent).
   */
  connect: () => ConnectionResult | Promise<ConnectionResult>;
  /** Test-only query used to refuse a deployment without test mode; null skips the check. */
  probe?: string | null;
  call?: CallOptions;
}

/**
 * A BackendProvider over one long-lived deployment. Property runs cannot
 * each get a new deployment (starting one takes seconds), so every fresh()
 * empties the same one through the app's clearAll: runs stay independent,
 * which shrinking relies on, as long as nothing else writes to it.
 *
 * For the same reason only the newest session may use it: a session used
 * after a newer fresh() would silently read the other session's data (an
 * invariant comparing two sessions would compare the deployment with
 * itself and pass vacuously), so it fails loudly instead.
 */
export function remoteProvider(options: RemoteProviderOptions): BackendProvider {
  let ready: Promise<ConnectionResult> | undefined;
  let newest = 0;
  // Memoized, rejections included: a wrong key fails every test at once
  // with the same message instead of one network round trip per run.
  const prepare = () =>
    (ready ??= (async () => {
      const found = await options.connect();
      if ("unavailable" in found) return found;
      if (options.probe !== null) await requireTestDeployment(found, options.probe ?? DEFAULT_TEST_MODE_PROBE, options.call);
      return found;
    })());
  return {
    kind: options.kind,
    async unavailable() {
      const found = await prepare();
      return "unavailable" in found ? found.unavailable : null;
    },
    async fresh(app: App): Promise<Backend> {
      const found = await prepare();
      if ("unavailable" in found) throw new Error(`${options.kind} backend is unavailable: ${found.unavailable}`);
      const session = ++newest;
      await clearDeployment(app, found, options.call);
      return onlyWhileNewest(remoteBackend(options.kind, app, found, options.call), () => session === newest, found.url);
    },
  };
}

function onlyWhileNewest(backend: Backend, isNewest: () => boolean, url: string): Backend {
  const guard = <T>(name: string, call: () => Promise<T>): Promise<T> => {
    if (isNewest()) return call();
    return Promise.reject(
      new RemoteBackendError(
        "superseded",
        `${name} on ${url}: this session's deployment was taken over by a newer session. The ${backend.kind} backend is ` +
          "one deployment, so sessions must be used one after another; the memory backend gives each its own.\n" +
          fixFor("superseded", url),
      ),
    );
  };
  return {
    kind: backend.kind,
    query: (name, args, as) => guard(name, () => backend.query(name, args, as)),
    mutation: (name, args, as) => guard(name, () => backend.mutation(name, args, as)),
    action: (name, args, as) => guard(name, () => backend.action(name, args, as)),
    // A superseded session must not wipe the newer session's data.
    dispose: () => (isNewest() ? backend.dispose() : Promise.resolve()),
  };
}
