import type { MigrationSpec } from "../spec/types.js";

/** What a spec asks StrykerJS to mutate, as the probe reports it to the mutate command. */
export interface MutationTargets {
  /** The app modules of forward and rollback ("migrations/apiKeysToTable"), relative to the Convex folder, without extension. */
  modules: string[];
  /** The spec's `mutate` globs (relative to the project root): more files to mutate. */
  extra: string[];
}

/**
 * A spec's mutation targets: the modules that define its forward and
 * rollback functions (a component migration's runner is shared plumbing,
 * not the migration), and the files its `mutate` option adds.
 */
export function mutationTargets(spec: MigrationSpec): MutationTargets {
  const modules = [spec.forward, spec.rollback].flatMap((driver) => (driver ? [driver.functionName.split(":")[0]] : []));
  return { modules: [...new Set(modules)], extra: [...(spec.options.mutate ?? [])] };
}
