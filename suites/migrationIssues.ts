import type { Dataset } from "../generators/index.js";
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
