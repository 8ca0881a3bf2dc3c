import { relative } from "node:path";
import { describe, inject, test } from "vitest";
import { readCertifyPlan } from "../../certify/plan.js";
import { readFuzzPlan } from "../../fuzz/plan.js";
import { isMigrationSpec } from "../../spec/define.js";
import type { MigrationSpec } from "../../spec/types.js";
import { missingExports } from "../../spec/schemaChecks.js";
import { harnessMode, SEED_VARIABLE, type ResolvedHarnessOptions } from "../../model/config.js";
import { findFiles, matchesAny } from "../../model/files.js";
import { corpusIntegrityTests, corpusTests } from "./corpus.js";
import { coverageTest, testCoverage } from "./coverage.js";
import { faultTests } from "./faults.js";
import { fuzzTests } from "./fuzz.js";
import { invariantTests } from "./invariants.js";
import { mutateTests } from "./mutate.js";
import { snapshotTests } from "./snapshot.js";
import { projectTarget } from "./target.js";

/**
 * Registers the tests of a spec file, from its default export (one spec, or
 * an array of specs), for the mode the run is in: npm test (the corpus
 * first, every invariant, the faults, data-class coverage), fuzz,
 * certify or mutate. Called by the harness's test runner right after vitest imports
 * the file, while it collects its tests. A file matched by the `specs`
 * globs without a spec to export is an error that says so.
 */
export async function registerSpecFile(filepath: string, exported: Record<string, unknown>, options: ResolvedHarnessOptions, project: string): Promise<void> {
  const file = relative(options.root, filepath).split("\\").join("/");
  const isSpecFile = matchesAny(file, options.specs);
  const declared = toSpecs(exported.default);
  if (declared.length === 0) {
    if (isSpecFile) {
      throw new Error(`${file} matches the harness's \`specs\` (${options.specs.join(", ")}) but its default export is not a spec: \`export default defineMigration(app, { ... })\``);
    }
    return;
  }
  const specFiles = findFiles(options.root, options.specs);
  const mode = harnessMode();
  const target = projectTarget();
  for (const spec of declared) {
    const problems = await missingExports(spec.app, [...spec.functions, ...spec.faults.flatMap((f) => f.spec().functions)]);
    if (problems.length > 0) throw new Error(`defineMigration(${JSON.stringify(spec.name)}) in ${file}:\n  ${problems.join("\n  ")}`);
    const where = { file, project, config: inject("harnessConfigFile") || undefined };
    if (target.kind === "skip") {
      // One skipped test per spec, not one per invariant: the reason was printed once by the project's globalSetup.
      describe(`${spec.name} on container`, () => test.skip(`every invariant (skipped: ${target.reason})`, () => {}));
      continue;
    }
    const backend = target.kind === "memory" ? "memory" : target.provider;
    if (mode === "fuzz") {
      fuzzTests(spec, where, readFuzzPlan(), backend);
      continue;
    }
    if (mode === "mutate") {
      mutateTests(spec, where, options, backend);
      continue;
    }
    if (mode === "certify") {
      const plan = readCertifyPlan();
      if (plan.migrations && !plan.migrations.includes(spec.name)) continue;
      invariantTests(spec, { backends: [backend], ...where });
      if (target.kind === "memory") {
        coverageTest(spec, { samples: plan.coverageRuns, seed: plan.seed, minimum: plan.minCoverage, otherwise: "sample more datasets (--coverage-runs) or lower --min-coverage" });
        if (plan.snapshot) {
          snapshotTests(spec, { file: plan.snapshot, seed: plan.seed, replay: `${SEED_VARIABLE}=${plan.seed} ${plan.command} --snapshot ${plan.snapshot} --migration ${spec.name}` });
        }
      }
      continue;
    }
    if (target.kind === "memory") {
      if (specFiles[0] === file && spec === declared[0]) corpusIntegrityTests(options, specFiles);
      corpusTests(spec, where, options);
    }
    invariantTests(spec, { backends: [backend], ...where });
    if (target.kind === "memory") {
      faultTests(spec, where);
      if (spec.dataClasses) coverageTest(spec, testCoverage());
    }
  }
}

function toSpecs(value: unknown): MigrationSpec[] {
  if (isMigrationSpec(value)) return [value];
  if (Array.isArray(value) && value.length > 0 && value.every(isMigrationSpec)) return value;
  return [];
}
