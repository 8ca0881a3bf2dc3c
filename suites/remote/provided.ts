import type { ConnectionResult } from "../../harness/backends/remote/provider.js";

/**
 * What vitest hands from the container project's globalSetup to its test
 * files (`provide` / `inject`): the one deployment of the run, or why there
 * is none.
 */
declare module "vitest" {
  export interface ProvidedContext {
    /** Set by the container project's config; absent in the memory project. */
    harnessBackend: "container";
    harnessContainer: ConnectionResult;
  }
}

export {};
