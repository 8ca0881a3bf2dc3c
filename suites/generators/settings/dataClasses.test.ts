import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { coverageOf, isRefMarker } from "convex-migration-harness/generators";
import { apiKeysDataset } from "./apiKeysDataset.js";
import { API_KEYS_DATA_CLASSES, apiKeysDataClasses, SETTINGS_DATA_CLASSES, settingsDataClasses } from "./dataClasses.js";
import { settingsDataset } from "./settingsDataset.js";

const BATCH_SIZE = 3;
const DEFAULTS = { model: "dall-e-3", size: "1024x1024", quality: "standard" };
const RUNS = 400;

/** Share of datasets each class must reach: rare enough to be cheap, often enough that 20 property runs see most. */
const MIN_SHARE = 0.03;

describe("settingsDataset", () => {
  const datasets = settingsDataset({ batchSize: BATCH_SIZE, defaults: DEFAULTS });

  test("reaches every settings data class in at least 3% of datasets", () => {
    const counts = coverageOf(datasets, (d) => settingsDataClasses(d, { batchSize: BATCH_SIZE, defaults: DEFAULTS }), {
      numRuns: RUNS, seed: 20261125, classes: SETTINGS_DATA_CLASSES,
    });
    console.log("settingsDataset classes per", RUNS, "datasets:", counts);
    for (const name of SETTINGS_DATA_CLASSES) expect(counts[name], name).toBeGreaterThanOrEqual(RUNS * MIN_SHARE);
  });

  test("every settings document belongs to a user of the dataset", () => {
    for (const { tables } of fc.sample(datasets, { seed: 3, numRuns: 100 })) {
      for (const doc of tables.userSettings) {
        expect(isRefMarker(doc.userId)).toBe(true);
        const [table, index] = (doc.userId as { __ref: [string, number] }).__ref;
        expect(table).toBe("users");
        expect(index).toBeLessThan(tables.users.length);
      }
    }
  });
});

describe("apiKeysDataset", () => {
  const datasets = apiKeysDataset({ batchSize: BATCH_SIZE });

  test("reaches every apiKeys data class in at least 3% of datasets", () => {
    const counts = coverageOf(datasets, (d) => apiKeysDataClasses(d, { batchSize: BATCH_SIZE }), {
      numRuns: RUNS, seed: 20261125, classes: API_KEYS_DATA_CLASSES,
    });
    console.log("apiKeysDataset classes per", RUNS, "datasets:", counts);
    for (const name of API_KEYS_DATA_CLASSES) expect(counts[name], name).toBeGreaterThanOrEqual(RUNS * MIN_SHARE);
  });

  test("one apiKeys row per user, each pointing at its own user", () => {
    for (const { tables } of fc.sample(datasets, { seed: 3, numRuns: 100 })) {
      expect(tables.users.length).toBe(tables.apiKeys.length);
      tables.apiKeys.forEach((row, i) => expect(row.userId).toEqual({ __ref: ["users", i] }));
    }
  });
});
