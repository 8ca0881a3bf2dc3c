import type { BackendProvider } from "../../model/backend.js";
import { ALLOW_REMOTE_VARIABLE, EXTERNAL_ADMIN_KEY_VARIABLE, EXTERNAL_URL_VARIABLE, externalBackendFromEnv } from "../../model/config.js";
import { isLoopbackUrl } from "./loopback.js";
import { remoteProvider, type ConnectionResult } from "./provider.js";
import type { CallOptions } from "./http.js";

export interface ExternalBackendOptions {
  /** Default: the CONVEX_HARNESS_URL variable. */
  url?: string;
  /** Default: the CONVEX_HARNESS_ADMIN_KEY variable. */
  adminKey?: string;
  /** Default: CONVEX_HARNESS_ALLOW_REMOTE=1. */
  allowRemote?: boolean;
  /** Where the variables are read from; default process.env. */
  env?: Record<string, string | undefined>;
  call?: CallOptions;
}

/**
 * A backend the user already runs (`npx convex dev` with a local backend, a
 * self-hosted one), driven over HTTP with its admin key. Without a URL and key
 * it is unavailable (the check is skipped with the reason). It refuses, with
 * an error, a host that is not loopback unless explicitly allowed, and a
 * deployment whose test-only functions are not enabled: the harness deletes
 * every document of the deployment it tests.
 *
 * @example
 * // CONVEX_HARNESS_URL=http://127.0.0.1:3210 CONVEX_HARNESS_ADMIN_KEY=... npx vitest run
 * migrationSuite(spec, { backends: [externalBackend()] });
 */
export function externalBackend(options: ExternalBackendOptions = {}): BackendProvider {
  return remoteProvider({ kind: "external", connect: () => resolveExternal(options), call: options.call });
}

/** Reads and checks the external backend's settings; throws on a refused host. */
export function resolveExternal(options: ExternalBackendOptions = {}): ConnectionResult {
  const fromEnv = externalBackendFromEnv(options.env);
  const url = options.url ?? fromEnv.url;
  const adminKey = options.adminKey ?? fromEnv.adminKey;
  if (!url || !adminKey) {
    const missing = [!url && EXTERNAL_URL_VARIABLE, !adminKey && EXTERNAL_ADMIN_KEY_VARIABLE].filter(Boolean).join(" and ");
    return { unavailable: `external backend not configured: set ${missing} (see docs/backends.md)` };
  }
  try {
    new URL(url);
  } catch {
    throw new Error(`${EXTERNAL_URL_VARIABLE} is not a URL: ${JSON.stringify(url)}; expected e.g. http://127.0.0.1:3210`);
  }
  const allowRemote = options.allowRemote ?? fromEnv.allowRemote;
  if (!isLoopbackUrl(url) && !allowRemote) {
    throw new Error(
      `external backend refused: ${url} is not a loopback address, and the harness deletes every document ` +
        `of the deployment it tests. Fix: point ${EXTERNAL_URL_VARIABLE} at a local backend (127.0.0.1, localhost), ` +
        `or, for a throwaway test deployment only, set ${ALLOW_REMOTE_VARIABLE}=1.`,
    );
  }
  return { url, adminKey };
}
