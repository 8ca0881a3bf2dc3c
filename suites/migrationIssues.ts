import fc from "fast-check";
import { expect } from "vitest";
import type { Dataset, DatasetDocument } from "../generators/index.js";
import { memoryBackend, readSnapshot, runMigration, seedDataset, type App, type MigrationSpec, type Snapshot } from "../harness/index.js";

/**
 * The state after one uninterrupted forward run of `spec` over `dataset`, on
 * a fresh in-memory backend: what a suite inspects to count the documents a
 * migration recorded in migrationIssues.
 */
export async function afterForward(app: App, spec: MigrationSpec, dataset: Dataset): Promise<Snapshot> {
  const backend = await memoryBackend().fresh(app);
  try {
    await seedDataset(app, backend, dataset);
    const outcome = await runMigration(backend, spec.forward, { batchSize: spec.batchSize, maxBatches: 1000 });
    if (outcome.status !== "done") throw new Error(`${spec.name} forward did not finish: ${outcome.status}`);
    return await readSnapshot(app, backend);
  } finally {
    await backend.dispose();
  }
}

/** Ids of the documents `migration` recorded in migrationIssues. */
export function recordedIssues(snapshot: Snapshot, migration: string): Set<string> {
  return new Set((snapshot.tables.migrationIssues ?? []).filter((i) => i.migration === migration).map((i) => String(i.docId)));
}

/**
 * Runs forward over sampled datasets and expects migrationIssues to name
 * exactly the documents of `table` that `cannotMigrate` picks (judged on the
 * document as seeded; the snapshot keeps seeding order), then prints how many
 * that was and expects some: a sample with none would prove nothing.
 */
export async function expectIssuesExactlyFor(
  app: App,
  spec: MigrationSpec,
  options: { table: string; runs: number; cannotMigrate: (seeded: DatasetDocument) => boolean; why: string },
): Promise<void> {
  let documents = 0;
  let recordedCount = 0;
  for (const dataset of fc.sample(spec.dataset, { seed: 20261125, numRuns: options.runs })) {
    const after = await afterForward(app, spec, dataset);
    const recorded = recordedIssues(after, spec.name);
    const seeded = dataset.tables[options.table];
    const expected = after.tables[options.table].filter((_, i) => options.cannotMigrate(seeded[i])).map((doc) => doc._id);
    expect([...recorded].sort()).toEqual([...expected].sort());
    documents += seeded.length;
    recordedCount += recorded.size;
  }
  console.log(`${spec.name}: ${recordedCount} of ${documents} ${options.table} documents recorded in migrationIssues (${options.why})`);
  expect(recordedCount).toBeGreaterThan(0);
}
