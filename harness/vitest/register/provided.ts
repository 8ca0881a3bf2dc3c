import type { ConnectionResult } from "../../backends/remote/provider.js";
import type { ResolvedHarnessOptions } from "../../model/config.js";

/**
 * What the harness's vitest projects hand to test files through vitest's
 * `provide` / `inject`: the preset's options, and, in a container project,
 * which backend it runs and the deployment its globalSetup started (or why
 * there is none).
 */
declare module "vitest" {
  export interface ProvidedContext {
    convexMigrationHarness: ResolvedHarnessOptions;
    /** Set by a container project's config; absent in a memory project. */
    harnessBackend: "container";
    harnessContainer: ConnectionResult;
    /** The config file replay commands pass with -c ("" when vitest finds it by itself). */
    harnessConfigFile: string;
  }
}

export {};
