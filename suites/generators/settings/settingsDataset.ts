import fc from "fast-check";
import { type Dataset, type DatasetDocument, ref, sizedArray } from "convex-migration-harness/generators";
import type { ImageGenerationSettingOptions } from "./imageGenerationSetting.js";
import { settingsDocument } from "./settingsDocument.js";
import { tableSize } from "./tableSize.js";

export interface SettingsDatasetOptions extends ImageGenerationSettingOptions {
  /** The migration's batch size: table sizes cluster around its boundaries. */
  batchSize: number;
}

/**
 * Datasets for the userSettings migrations (dropSaveRegenerationHistory,
 * backfillImageGenerationDefaults): `users` then `userSettings`, 0, 1,
 * batchSize - 1, batchSize, batchSize + 1 or more settings documents (up to
 * 4 * batchSize + 2), a few owned by the same user. Shrinks to fewer
 * settings, then to one user and one plain settings document.
 * `settingsDataClasses` names what a dataset holds.
 */
export function settingsDataset(options: SettingsDatasetOptions): fc.Arbitrary<Dataset> {
  const { batchSize } = options;
  const max = 4 * batchSize + 2;
  const entry = fc.record({ owner: fc.nat({ max: 3 }), settings: settingsDocument(options) }, { noNullPrototype: true });
  return sizedArray(entry, tableSize(batchSize, max), max).map((entries) => {
    // One user per distinct owner number, in order of first use, so that a
    // shrunk dataset keeps only the users its settings point to.
    const userOf = new Map<number, number>();
    for (const { owner } of entries) if (!userOf.has(owner)) userOf.set(owner, userOf.size);
    return {
      tables: {
        users: [...userOf.keys()].map((owner) => USERS[owner]),
        userSettings: entries.map(({ owner, settings }) => ({ userId: ref("users", userOf.get(owner)!), ...settings })),
      },
    };
  });
}

/**
 * Fixed users: a user's own fields do not matter to these migrations, and
 * fixed ones leave nothing to shrink (faker-made ones are in the legacy datasets).
 */
const USERS: DatasetDocument[] = [
  { name: "Ada Lovelace", email: "ada@example.com" },
  { name: "Grace Hopper", email: "grace@example.com", tokenIdentifier: "https://auth.example.dev|grace" },
  { name: "Alan Turing", email: "alan@example.com" },
  { name: "Radia Perlman", email: "radia@example.com", tokenIdentifier: "https://auth.example.dev|radia" },
];
