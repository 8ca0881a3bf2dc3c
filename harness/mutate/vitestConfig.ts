import type { ViteUserConfig } from "vitest/config";
import { mutatePlanIfAny } from "./plan.js";

export interface MutationConfigOptions {
  /** The vitest project of the base config whose settings the mutation runs use (the memory backend's). Default "memory". */
  project?: string;
}

type TestOptions = NonNullable<ViteUserConfig["test"]>;

/**
 * The vitest configuration StrykerJS runs mutants with
 * (`convex-migration-harness mutate`), derived from the app's own: its
 * plugins (the harness's preset among them), aliases and root options, with
 * the memory project's test options, flattened into one project, and as test
 * files only the spec file of the migration being mutated.
 *
 * @example
 * // vitest.mutate.config.ts
 * import { mutationConfig } from "convex-migration-harness/vitest";
 * import base from "./vitest.config";
 * export default mutationConfig(base);
 */
export function mutationConfig(base: ViteUserConfig, options: MutationConfigOptions = {}): ViteUserConfig {
  const wanted = options.project ?? "memory";
  const { projects, ...root } = base.test ?? {};
  const inline = (projects ?? []).filter((p): p is { test?: TestOptions } => typeof p === "object" && p !== null && !("then" in p));
  const project = inline.find((p) => p.test?.name === wanted);
  if ((projects ?? []).length > 0 && !project) {
    const names = inline.map((p) => p.test?.name ?? "(unnamed)");
    throw new Error(`mutationConfig: no vitest project named "${wanted}" in the base config (projects: ${names.join(", ")}); pass { project }`);
  }
  const { name: _name, include: _include, ...test } = project?.test ?? {};
  return {
    ...base,
    plugins: [...(base.plugins ?? []), onlyThePlannedSpecFile()],
    test: {
      ...root,
      ...test,
      // Each StrykerJS worker runs one mutant at a time, in one thread: the
      // machine's cores go to the workers, not to vitest's own parallelism.
      fileParallelism: false,
      reporters: [],
    },
  };
}

/** After the preset (which includes every spec file in a mode), only the mutated migration's spec file. */
function onlyThePlannedSpecFile() {
  return {
    name: "convex-migration-harness:mutate",
    config(config: { test?: TestOptions }) {
      const plan = mutatePlanIfAny();
      if (plan?.file) (config.test ??= {}).include = [plan.file];
      return undefined;
    },
  };
}
