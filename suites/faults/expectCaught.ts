import type fc from "fast-check";
import { describe, expect, test } from "vitest";
import { datasetSize, type Dataset } from "../../generators/index.js";
import {
  checkMigration,
  formatFailure,
  type MigrationDriver,
  type MigrationSpec,
  type MigrationSpecOptions,
} from "../../harness/index.js";
import { faultApp, faultFunction, faultName, faultQuery, faults, type Fault } from "./catalogue.js";

/** Fixed, so that the catalogue is deterministic in CI; HARNESS_REPLAY still wins. */
export const FAULT_SEED = 20261125;

export interface FaultSuiteOptions {
  migration: string;
  /** The migration's spec factory; a fault overrides what it replaces. */
  spec: (overrides?: Partial<MigrationSpecOptions>) => MigrationSpec;
  /** How a broken direction is driven: the protocol of the migration it replaces. */
  driver: (functionName: string) => MigrationDriver;
  /** This test file, relative to the project root, for replay commands. */
  file: string;
  /** Most property runs to find the bug. Default 100; a caught fault stops at its first failure. */
  runs?: number;
  /** The migration's dataset at another batch size, for faults that set their own `batchSize`. */
  datasetFor?: (batchSize: number) => fc.Arbitrary<Dataset>;
}

/**
 * One test per catalogued fault of `migration`: the invariant the fault
 * targets must fail with it, with a replay command, and shrinking must bring
 * the counterexample down to the fault's `maxDocuments`. A harness that never
 * fails is worthless; these tests are the proof that it fails.
 */
export function faultSuite(options: FaultSuiteOptions): void {
  const base = options.spec();
  describe(`${options.migration} faults`, () => {
    for (const fault of faults.filter((f) => f.migration === options.migration)) {
      const testName = `${fault.invariant} catches ${fault.bug}`;
      test(testName, async () => {
        const spec = options.spec({ name: faultName(fault), ...overridesFor(fault, base, options.driver), ...batchSizeFor(fault, options) });
        const result = await checkMigration(faultApp, spec, {
          invariant: fault.invariant,
          seed: FAULT_SEED,
          runs: options.runs ?? 100,
          replay: { file: options.file, testName: `${options.migration} faults ${testName}`, project: "memory" },
        });
        if (result.status !== "failed") throw new Error(`${fault.invariant} did not catch ${fault.module}: ${result.status}`);
        expect(result.failure.invariant).toBe(fault.invariant);
        expect(result.replay).toContain(String(result.seed));
        const size = datasetSize(result.dataset);
        expect(size, formatFailure(result)).toBeLessThanOrEqual(fault.maxDocuments);
        console.log(`${fault.module}: caught by ${fault.invariant}, shrunk to ${size} document(s) in ${result.shrinks} shrinks`);
      });
    }
  });
}

export function overridesFor(fault: Fault, base: MigrationSpec, driver: FaultSuiteOptions["driver"]): Partial<MigrationSpecOptions> {
  const overrides: Partial<MigrationSpecOptions> = {};
  for (const target of fault.replaces) {
    if (target === "readPaths") {
      if (!base.readPaths) throw new Error(`${fault.module} replaces the read paths, but ${base.name} declares none`);
      overrides.readPaths = base.readPaths.map((path) => ({ ...path, query: faultQuery(fault, path.name) }));
    } else if (target === "progress") {
      if (!base.progress) throw new Error(`${fault.module} replaces the progress query, but ${base.name} declares none`);
      overrides.progress = { ...base.progress, query: faultFunction(fault, "progress") };
    } else if (target === "newQuery") {
      if (!base.queries) throw new Error(`${fault.module} replaces the new query, but ${base.name} declares no queries`);
      overrides.queries = { ...base.queries, stages: [...base.queries.stages], new: faultFunction(fault, "newQuery") };
    } else if (target === "forward" || target === "rollback") {
      overrides[target] = driver(faultFunction(fault, target));
    } else {
      throw new Error(`${fault.module} replaces ${target}, which faultSuite does not know how to override`);
    }
  }
  return overrides;
}

/** A fault checked at its own batch size gets the dataset generated for that size too. */
function batchSizeFor(fault: Fault, options: FaultSuiteOptions): Partial<MigrationSpecOptions> {
  if (fault.batchSize === undefined) return {};
  if (!options.datasetFor) throw new Error(`${fault.module} sets a batch size, but the ${options.migration} fault suite has no datasetFor`);
  return { batchSize: fault.batchSize, dataset: options.datasetFor(fault.batchSize) };
}
