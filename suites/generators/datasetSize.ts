import type { Dataset } from "convex-migration-harness/generators";

/** Number of documents in a dataset, all tables together. */
export function datasetSize(dataset: Dataset): number {
  return Object.values(dataset.tables).reduce((n, docs) => n + docs.length, 0);
}
