import type { Dataset } from "../../generators/dataset.js";
import type { App } from "../app.js";
import type { InvariantName } from "../invariants/names.js";
import type { MigrationSpec, MigrationSpecOptions } from "../spec.js";

/** The data classes a migration's datasets must reach, and how to tell them. */
export interface CoverageSpec {
  classes: readonly string[];
  classify: (dataset: Dataset) => readonly string[];
}

/**
 * What the corpus, `npm run fuzz` and `npm run certify` need to know about
 * one migration suite: the app, the spec (as a factory, so that a fault or a
 * snapshot can override part of it), the suite file and its data classes.
 */
export interface RegistryEntry {
  /** The spec's name: how corpus files and reports name the migration. */
  readonly name: string;
  /** The suite file, relative to the project root (shard keys, replay commands). */
  readonly file: string;
  readonly app: App;
  readonly spec: (overrides?: Partial<MigrationSpecOptions>) => MigrationSpec;
  readonly coverage?: CoverageSpec;
  /** Only these invariants (a fault: the one it must break). Default: all. */
  readonly invariants?: readonly InvariantName[];
  /** A broken variant (suites/faults): fuzzed only when named, never certified. */
  readonly fault?: boolean;
}

export interface Registry {
  readonly entries: readonly RegistryEntry[];
  /** The real migrations, in name order (what certify and a plain fuzz run cover). */
  readonly migrations: readonly RegistryEntry[];
  find(name: string): RegistryEntry | undefined;
}

/**
 * Checks a list of entries once (unique names) and indexes it by name.
 *
 * @example
 * export const registry = defineRegistry([{ name: "apiKeysToTable", file, app, spec: apiKeysToTableSpec }]);
 */
export function defineRegistry(entries: RegistryEntry[]): Registry {
  const byName = new Map<string, RegistryEntry>();
  for (const entry of entries) {
    if (byName.has(entry.name)) throw new Error(`defineRegistry: two entries are named "${entry.name}"`);
    byName.set(entry.name, entry);
  }
  const migrations = entries.filter((e) => !e.fault).sort((a, b) => a.name.localeCompare(b.name));
  return Object.freeze({ entries: [...entries], migrations, find: (name: string) => byName.get(name) });
}

/** Where `npm run fuzz` / `npm run certify` find the registry (the app's wiring, outside harness/). */
export const REGISTRY_VARIABLE = "HARNESS_REGISTRY";
export const DEFAULT_REGISTRY = "suites/registry.ts";

/**
 * Loads the registry module named by HARNESS_REGISTRY (default
 * suites/registry.ts): the harness never imports an app, the app's wiring
 * hands itself over. Runs inside vitest (the app's modules need Vite).
 */
export async function loadRegistry(root = process.cwd()): Promise<Registry> {
  const path = process.env[REGISTRY_VARIABLE] || DEFAULT_REGISTRY;
  const absolute = path.startsWith("/") ? path : `${root}/${path}`;
  const module = (await import(/* @vite-ignore */ absolute)) as { registry?: Registry };
  if (!module.registry) throw new Error(`${path} must export \`registry\` (defineRegistry([...]))`);
  return module.registry;
}
