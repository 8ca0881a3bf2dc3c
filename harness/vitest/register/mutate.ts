import { test } from "vitest";
import type { BackendKind, BackendProvider } from "../../model/backend.js";
import { invariantNames } from "../../model/invariantNames.js";
import { MUTATION_ORDER } from "../../mutate/order.js";
import { readMutatePlan } from "../../mutate/plan.js";
import { mutationTargets } from "../../mutate/targets.js";
import type { MigrationSpec } from "../../spec/types.js";
import type { ResolvedHarnessOptions } from "../../model/config.js";
import { corpusTests } from "./corpus.js";
import { invariantTests } from "./invariants.js";

/**
 * What a spec registers under `mutate` (HARNESS_MODE=mutate): the planned
 * migration's saved failures and its invariant tests, in MUTATION_ORDER,
 * nothing else (faults test other code, coverage tests no code at all). The
 * probe instead registers one skipped test per spec whose meta names the
 * modules StrykerJS is to mutate.
 */
export function mutateTests(spec: MigrationSpec, where: { file: string; project: string; config?: string }, options: ResolvedHarnessOptions, backend: BackendKind | BackendProvider): void {
  const plan = readMutatePlan();
  if (plan.probe) {
    test.skip(`${spec.name} mutation targets`, { meta: { harnessMigration: spec.name, harnessMutationTargets: mutationTargets(spec) } as never }, () => {});
    return;
  }
  if (plan.migration !== spec.name) return;
  corpusTests(spec, where, options);
  const { seed = 1, runs } = plan;
  // A seed per invariant: each sees datasets of its own, and every mutant the same ones.
  invariantTests(spec, { backends: [backend], invariants: MUTATION_ORDER, runs, seed: (name) => seed + invariantNames.indexOf(name), ...where });
}
