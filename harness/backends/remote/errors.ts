/**
 * Why a call to a remote Convex backend failed, as data: the harness reports
 * a wrong admin key or an unreachable backend differently from a migration
 * that threw, and every message ends with what to do about it.
 */
export type RemoteFailure =
  /** The function ran and threw (a migration bug, a limit, a validator). */
  | "function-error"
  /** No such function on the deployment: the app is not pushed. */
  | "not-deployed"
  /** The deployment's test-only functions refuse: test mode is off. */
  | "test-mode-off"
  | "bad-admin-key"
  | "unreachable"
  | "timeout"
  /** Something answered, but not like a Convex backend. */
  | "bad-response"
  /** A session used after a newer one took over the same deployment. */
  | "superseded";

export class RemoteBackendError extends Error {
  constructor(
    readonly failure: RemoteFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "RemoteBackendError";
  }
}

/** The variable convex/testing.ts checks; its error message names it. */
const TEST_MODE_VARIABLE = "CONVEX_HARNESS_TEST_MODE";

/** Classifies a Convex function error message (`errorMessage` of the HTTP API). */
export function classifyFunctionError(errorMessage: string): RemoteFailure {
  if (/Could not find (public )?function/i.test(errorMessage)) return "not-deployed";
  if (errorMessage.includes(TEST_MODE_VARIABLE)) return "test-mode-off";
  return "function-error";
}

/** The hint that ends a message, by failure. */
export function fixFor(failure: RemoteFailure, url: string): string {
  switch (failure) {
    case "not-deployed":
      return `Fix: push the app's convex/ folder to ${url} (CONVEX_SELF_HOSTED_URL=${url} CONVEX_SELF_HOSTED_ADMIN_KEY=... npx convex deploy); the container backend does this itself.`;
    case "test-mode-off":
      return `Fix: on a test deployment only, run \`npx convex env set ${TEST_MODE_VARIABLE} 1\` against ${url}; never on a deployment with real data.`;
    case "bad-admin-key":
      return `Fix: use the admin key of the deployment at ${url} (self-hosted: \`docker exec <container> ./generate_admin_key.sh\`).`;
    case "unreachable":
      return `Fix: start the backend or correct the URL; is something listening at ${url}?`;
    case "timeout":
      return "Fix: the backend may be overloaded or stuck; look at its logs, or raise the call timeout.";
    case "bad-response":
      return `Fix: check that ${url} is a Convex backend's API origin (port 3210 of the self-hosted image), not its site or dashboard.`;
    case "superseded":
      return "Fix: in the invariant, finish with one session (run, snapshot, dispose) before opening the next.";
    case "function-error":
      return "";
  }
}
