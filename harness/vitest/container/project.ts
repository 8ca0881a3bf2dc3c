import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { TestProjectInlineConfiguration } from "vitest/config";
import { containerRunsFromEnv, RUNS_VARIABLE } from "../../model/config.js";

/** Property runs per invariant on the container backend: each run seeds and reads over HTTP. */
const CONTAINER_RUNS = "10";

export interface ContainerProjectOptions {
  /** The project's name (what `--project` and the certify `--backend container` find). Default "container". */
  name?: string;
  /** Inherit the root configuration (its plugins, the harness preset among them), or a config file's path. Default true. */
  extends?: true | string;
}

/**
 * A vitest project that runs the spec files against one self-hosted Convex
 * backend in a container: its globalSetup starts the container once for the
 * run and pushes the app (in the environment defineApp gives it), and every
 * property run starts from cleared tables. Without a container runtime it
 * prints one line saying why and the spec files' tests are skipped, never
 * passed. testcontainers is loaded only by the globalSetup, and only when a
 * runtime exists.
 *
 * @example
 * // vitest.config.ts
 * export default defineConfig({
 *   plugins: [migrationHarness({ app: "tests/app.ts" })],
 *   test: { projects: [{ extends: true, test: { name: "memory" } }, containerProject()] },
 * });
 */
export function containerProject(options: ContainerProjectOptions = {}): TestProjectInlineConfiguration {
  return {
    extends: options.extends ?? true,
    test: {
      name: options.name ?? "container",
      // Spec files only: the preset adds them; unit tests belong to the memory project.
      include: [],
      environment: "node",
      globalSetup: [sibling("globalSetup")],
      provide: { harnessBackend: "container" },
      env: { [RUNS_VARIABLE]: containerRunsFromEnv() ?? CONTAINER_RUNS },
      // One deployment for the run, emptied by every property run: files must not run against it at the same time.
      fileParallelism: false,
      testTimeout: 900_000,
      hookTimeout: 300_000,
    },
  };
}

function sibling(name: string): string {
  for (const ext of [".js", ".ts"]) {
    const path = fileURLToPath(new URL(`./${name}${ext}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`convex-migration-harness: ${name}.js is missing next to the container project (${import.meta.url}); reinstall the package`);
}
