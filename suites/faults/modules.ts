import { batchMigration, type MigrationSpecOptions } from "convex-migration-harness";

/**
 * The broken variants' functions: modules in suites/faults/<migration>/,
 * never in convex/, so they can never ship. The specs hand them to the
 * harness as `faultModules`, callable as "faults/<migration>/<module>:<function>".
 */
export const faultModules = Object.fromEntries(
  Object.entries(import.meta.glob("./*/*.ts")).map(([path, load]) => [`faults/${path.slice(2, -3)}`, load]),
);

/** A known-broken variant of a migration and the invariant that must catch it (a spec's `faults`). */
export type Fault = NonNullable<MigrationSpecOptions["faults"]>[number];

/** The name of a fault module's function: `faultFunction("apiKeysToTable/dropsAnthropic", "forward")`. */
export function faultFunction(module: string, name: string): string {
  return `faults/${module}:${name}`;
}

/** A batch driver for a migration's broken direction: `faultBatches("apiKeysToTable")("dropsAnthropic", "forward")`. */
export function faultBatches(migration: string): (module: string, direction: "forward" | "rollback") => MigrationSpecOptions["forward"] {
  return (module, direction) => batchMigration(faultFunction(`${migration}/${module}`, direction));
}
