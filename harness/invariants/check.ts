import { checkProperty, defaultRuns as runsOf, type CheckOptions } from "../engine/check.js";
import { invariantNames, isInvariantName, type InvariantName } from "../model/invariantNames.js";
import type { CheckResult } from "../model/result.js";
import type { AnySchema } from "../model/app.js";
import type { MigrationSpec } from "../spec/types.js";
import { invariants } from "./index.js";

/**
 * Checks one invariant of one migration on one backend. Returns data, never
 * throws on a property failure: the vitest glue and the reporters decide what
 * to do with a failure. Every call the check makes has a deadline, and
 * shrinking stops within its budget with the smallest counterexample so far,
 * so a check ends in bounded time whatever the migration does.
 *
 * @example
 * const result = await checkMigration(spec, { invariant: "roundTrip", runs: 200 });
 * if (result.status === "failed") console.log(formatFailure(result));
 */
export async function checkMigration<S extends AnySchema>(spec: MigrationSpec<S>, options: CheckOptions): Promise<CheckResult> {
  if (!options || !isInvariantName(options.invariant)) {
    throw new Error(`checkMigration: \`invariant\` must be one of ${invariantNames.join(", ")}, got ${JSON.stringify(options?.invariant)}`);
  }
  // A spec is typed by its app's schema, which makes MigrationSpec<S> invariant in S (its options
  // take documents of S as arguments); the engine reads it schema-agnostically.
  return checkProperty(spec as unknown as MigrationSpec, invariants[options.invariant], options);
}

/** Property runs of an invariant when nothing asks for a number: the spec's count, else the invariant's default. */
export function defaultRuns(spec: MigrationSpec, name: InvariantName): number {
  return runsOf(spec, invariants[name]);
}
