import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { configDefaults } from "vitest/config";
import { checkPeerVersions } from "./peers.js";
import { CorpusFirstSequencer } from "./sequencer.js";
import { replayConfigFile } from "./configFile.js";
import { nodeProblem } from "./stack.js";
import { registeredOptions, registerOptions, resolveHarnessOptions } from "./options.js";
import { fitProject, type ProjectLike } from "./projectSpecs.js";
import { modeIsSet, PROVIDE_KEY, type HarnessOptions, type ResolvedHarnessOptions } from "../model/config.js";

/** Where the CLIs find the options once vitest.config.ts has been loaded in their process. */

/**
 * The harness's vitest preset, as a Vite plugin: add it to vitest.config.ts
 * (or to one project's `plugins`) and every spec file (`**\/*.migration.ts`
 * by default) becomes a test file whose default export, a spec from
 * defineMigration, is turned into tests: every invariant, its faults, its
 * data-class coverage and the saved failures of the corpus. It sets what
 * convex-test needs (the edge-runtime environment, `server.deps.inline`),
 * the harness's test runner and setup file, and the corpus-first order.
 *
 * @example
 * // vitest.config.ts
 * import { defineConfig } from "vitest/config";
 * import { migrationHarness } from "convex-migration-harness/vitest";
 * export default defineConfig({ plugins: [migrationHarness({ specs: "tests/*.migration.ts", app: "tests/app.ts" })] });
 */
export function migrationHarness(options: HarnessOptions = {}) {
  let resolvedHere: ResolvedHarnessOptions | null = null;
  let environmentSet = false;
  return {
    name: "convex-migration-harness",
    config(config: { root?: string; test?: Record<string, any> }) {
      const resolved = resolveHarnessOptions(options, config.root ?? process.cwd());
      checkPeerVersions(resolved.root);
      const node = nodeProblem();
      if (node) throw new Error(node);
      registerOptions(resolved);
      resolvedHere = resolved;
      const test = (config.test ??= {});
      // The CLIs run spec files only: fuzz and certify are not the unit tests' job.
      test.include = modeIsSet() ? [...resolved.specs] : [...(test.include ?? configDefaults.include), ...resolved.specs];
      environmentSet = test.environment === undefined;
      test.environment ??= "edge-runtime";
      test.server ??= {};
      test.server.deps ??= {};
      test.server.deps.inline = [...new Set([...(test.server.deps.inline ?? []), "convex-test", "convex-migration-harness"])];
      test.runner ??= sibling("runner");
      test.setupFiles = [...toArray(test.setupFiles), sibling("setup")];
      test.provide = { ...test.provide, [PROVIDE_KEY]: resolved };
      if (resolved.shareModules) test.isolate = false;
      test.sequence ??= {};
      test.sequence.sequencer ??= CorpusFirstSequencer;
      return undefined;
    },
    // vitest 3.1 and later: the config file this run loaded, for the -c of replay commands.
    configureVitest({ vitest, project }: { vitest: { vite?: { config?: { root?: string; configFile?: string } } }; project: ProjectLike & { provide(key: string, value: unknown): void } }) {
      project.provide("harnessConfigFile", replayConfigFile(vitest.vite?.config?.root ?? process.cwd(), vitest.vite?.config?.configFile) ?? "");
      const resolved = resolvedHere ?? registeredOptions();
      if (!resolved) return;
      // vitest 5 runs the config hook once, on the root: a project inheriting the root config inherits the user's options, not what the hook added.
      const config = project.config as ProjectLike["config"] & { runner?: string; setupFiles: string[]; environment: string; server: { deps?: { inline?: unknown } } };
      config.runner ??= sibling("runner");
      if (!config.setupFiles.includes(sibling("setup"))) config.setupFiles.push(sibling("setup"));
      if (environmentSet && config.environment === "node") config.environment = "edge-runtime";
      const deps = (config.server.deps ??= {});
      if (deps.inline !== true) deps.inline = [...new Set([...(Array.isArray(deps.inline) ? deps.inline : []), "convex-test", "convex-migration-harness"])];
      project.provide(PROVIDE_KEY, resolved);
      for (const warning of fitProject(project, resolved, modeIsSet())) console.warn(warning);
    },
  };
}


/** A module of this folder, compiled (.js, the installed package) or not (.ts, this repository). */
function sibling(name: string): string {
  for (const ext of [".js", ".ts"]) {
    const path = fileURLToPath(new URL(`./${name}${ext}`, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`convex-migration-harness: ${name}.js is missing next to the preset (${import.meta.url}); reinstall the package`);
}

function toArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}
