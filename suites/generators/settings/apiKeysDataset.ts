import fc from "fast-check";
import { type Dataset, type DatasetDocument, ref, sizedArray } from "convex-migration-harness/generators";
import { withoutUndefined } from "../withoutUndefined.js";
import { PROVIDERS } from "../legacy/providers.js";
import { providerValue } from "./providerValue.js";
import { tableSize } from "./tableSize.js";

export interface ApiKeysDatasetOptions {
  /** The migration's batch size: table sizes cluster around its boundaries. */
  batchSize: number;
}

/** An apiKeys row without its userId: each provider independently absent, plaintext or encrypted. */
function apiKeysRow(): fc.Arbitrary<DatasetDocument> {
  return fc
    .record(Object.fromEntries(PROVIDERS.map((p) => [p, providerValue(p)])), { noNullPrototype: true })
    .map((row) => withoutUndefined(row) as DatasetDocument);
}

/**
 * Datasets for encryptPlaintextKeys: `users` then `apiKeys`, one row per
 * user, 0, 1, batchSize - 1, batchSize, batchSize + 1 or more rows (up to
 * 4 * batchSize + 2). Rows are all plaintext, all encrypted or mixed, with
 * ciphertext from a foreign key and base64-looking plaintext among them.
 * Shrinks to one user with one row holding one value.
 * `apiKeysDataClasses` names what a dataset holds.
 */
export function apiKeysDataset(options: ApiKeysDatasetOptions): fc.Arbitrary<Dataset> {
  const max = 4 * options.batchSize + 2;
  return sizedArray(apiKeysRow(), tableSize(options.batchSize, max), max).map((rows) => ({
    tables: {
      users: rows.map((_, i) => ({ name: `User ${i + 1}`, email: `user${i + 1}@example.com` })),
      apiKeys: rows.map((row, i) => ({ userId: ref("users", i), ...row })),
    },
  }));
}
