import type { Dataset } from "../../generators/dataset.js";
import { checkMigration } from "../check.js";
import type { RegistryEntry } from "../corpus/registry.js";
import { invariants } from "../invariants/index.js";
import type { InvariantName } from "../invariants/names.js";
import type { CheckResult } from "../result.js";

/** Documents per table a snapshot failure keeps in its report: the whole export is too much to show. */
const SHOWN_PER_TABLE = 20;

/**
 * Checks one invariant of one migration on a dataset loaded from a snapshot
 * export, once (the data is what it is: nothing to generate or shrink).
 * A failure names how to repeat it and keeps only the first documents of each
 * table: production data stays in reports, never in the corpus.
 */
export async function checkOnSnapshot(entry: RegistryEntry, invariant: InvariantName, dataset: Dataset, file: string, seed: number): Promise<CheckResult> {
  const spec = entry.spec();
  const result = await checkMigration(entry.app, spec, { invariant, counterexample: { dataset }, seed });
  if (result.status !== "failed") return result;
  const total = Object.values(dataset.tables).reduce((n, docs) => n + docs.length, 0);
  const tables = Object.fromEntries(Object.entries(dataset.tables).map(([t, docs]) => [t, docs.slice(0, SHOWN_PER_TABLE)]));
  return {
    ...result,
    dataset: { tables },
    failure: {
      ...result.failure,
      details: [`(the snapshot's ${total} documents; the report shows the first ${SHOWN_PER_TABLE} of each table)`, ...result.failure.details],
    },
    replay: `HARNESS_SEED=${seed} npm run certify -- --snapshot ${file} --migration ${entry.name}`,
  };
}

/** The invariants that apply to an entry, in the order reports list them. */
export function applicableInvariants(entry: RegistryEntry): InvariantName[] {
  const spec = entry.spec();
  return (Object.keys(invariants) as InvariantName[]).filter(
    (name) => (!entry.invariants || entry.invariants.includes(name)) && invariants[name].notApplicable(spec) === null,
  );
}
