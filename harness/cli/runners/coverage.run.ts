/**
 * The coverage part of `npm run certify`: for each migration, how many of
 * the sampled datasets reach each of its declared data classes, drawn from
 * the same arbitrary the invariants use; and which invariants do not apply
 * to it and why (the suites skip those without a result). Only run through
 * the CLI.
 */
import { expect, test } from "vitest";
import { coverageOf } from "../../../generators/coverage.js";
import { loadRegistry, type RegistryEntry } from "../../corpus/registry.js";
import { invariants } from "../../invariants/index.js";
import { invariantNames } from "../../invariants/names.js";
import { coverageShortfalls, type CoverageReport } from "../../report/coverage.js";
import type { NotApplicableResult } from "../../result.js";
import { readCertifyPlan } from "../certifyPlan.js";
import { selectEntries } from "../shard.js";

const plan = readCertifyPlan();
const registry = await loadRegistry();

for (const entry of selectEntries(registry, plan.migrations).filter((e) => !e.fault)) {
  test(`${entry.name} datasets reach every data class`, (context) => {
    const report: CoverageReport = {
      migration: entry.name,
      declared: entry.coverage !== undefined,
      samples: plan.coverageRuns,
      seed: plan.seed,
      minimum: plan.minCoverage,
      counts: {},
      classes: [...(entry.coverage?.classes ?? [])],
    };
    if (entry.coverage) {
      report.counts = coverageOf(entry.spec().dataset, entry.coverage.classify, {
        numRuns: plan.coverageRuns,
        seed: plan.seed,
        classes: entry.coverage.classes,
      });
    }
    const meta = context.task.meta as Record<string, unknown>;
    meta.harnessCoverage = report;
    // The CLI redacts reports outside the test process: it needs each spec's secret fields.
    meta.harnessSecretFields = { [entry.name]: entry.spec().secrets?.fields ?? {} };
    meta.harnessResults = notApplicable(entry.spec());
    const short = coverageShortfalls([report]).map((s) => `${s.dataClass}: ${s.count} of ${report.samples} datasets (minimum ${s.minimum})`);
    expect(short, `${entry.name}: data classes below the minimum`).toEqual([]);
  });
}

function notApplicable(spec: ReturnType<RegistryEntry["spec"]>): NotApplicableResult[] {
  return invariantNames.flatMap((name) => {
    const reason = invariants[name].notApplicable(spec);
    return reason === null ? [] : plan.backends.map((backend) => ({ migration: spec.name, invariant: name, backend: backend as never, status: "not-applicable" as const, reason, durationMs: 0 }));
  });
}
