import type { BackendProvider } from "../../model/backend.js";
import { remoteProvider, type ConnectionResult } from "../remote/provider.js";

/**
 * The container backend's provider, over a deployment started elsewhere, once
 * per test run (vitest's globalSetup, certify): property runs share it and
 * each starts from cleared tables. `connect` is called lazily, on first use;
 * it returns `{ unavailable }` when there is no container runtime.
 * Kept apart from the testcontainers module so that test workers never load
 * testcontainers.
 *
 * @example
 * const deployment = await startContainerDeployment({ projectDir: process.cwd(), env: app.env });
 * const provider = containerBackend(() => deployment);
 */
export function containerBackend(connect: () => ConnectionResult | Promise<ConnectionResult>): BackendProvider {
  return remoteProvider({ kind: "container", connect });
}
