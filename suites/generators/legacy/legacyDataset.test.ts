import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { coverageOf, type Dataset, type DatasetValue, isRefMarker } from "convex-migration-harness/generators";
import { datasetSize } from "../datasetSize.js";
import { isEncryptMarker } from "../encryptMarker.js";
import { blobKinds } from "./blobKind.js";
import { LEGACY_DATA_CLASSES, legacyDataClasses } from "./dataClasses.js";
import { legacyDataset } from "./legacyDataset.js";

const BATCH_SIZE = 3;
const datasets = legacyDataset({ batchSize: BATCH_SIZE });
const samples = fc.sample(datasets, { seed: 20261125, numRuns: 300 });

/** Every RefMarker anywhere in a value. */
function refsIn(value: DatasetValue): Array<[string, number]> {
  if (isRefMarker(value)) return [value.__ref];
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (typeof value === "object" && value !== null && !(value instanceof ArrayBuffer)) return Object.values(value).flatMap(refsIn);
  return [];
}

/** Fails the first property run whose dataset satisfies `predicate`, and returns the shrunk dataset. */
function shrunkWhere(predicate: (dataset: Dataset) => boolean, seed = 7): Dataset {
  const details = fc.check(fc.property(datasets, (dataset) => !predicate(dataset)), { seed, numRuns: 500 });
  if (!details.failed || details.counterexample === null) throw new Error("no dataset satisfied the predicate");
  return details.counterexample[0];
}

describe("legacyDataset", () => {
  test("the same seed gives the same datasets", () => {
    expect(fc.sample(datasets, { seed: 11, numRuns: 50 })).toEqual(fc.sample(datasets, { seed: 11, numRuns: 50 }));
  });

  test("tables come in seeding order: users, userSettings, apiKeys", () => {
    for (const dataset of samples) expect(Object.keys(dataset.tables)).toEqual(["users", "userSettings", "apiKeys"]);
  });

  test("every reference points to an existing document of an earlier table", () => {
    for (const { tables } of samples) {
      const order = Object.keys(tables);
      for (const [table, docs] of Object.entries(tables)) {
        for (const doc of docs) {
          for (const [target, index] of refsIn(doc)) {
            expect(order.indexOf(target)).toBeLessThan(order.indexOf(table));
            expect(Number.isInteger(index) && index >= 0 && index < tables[target].length).toBe(true);
          }
        }
      }
    }
  });

  test("deleted entries name existing users, once each", () => {
    for (const { tables, deleted = [] } of samples) {
      for (const { table, index } of deleted) {
        expect(table).toBe("users");
        expect(index).toBeGreaterThanOrEqual(0);
        expect(index).toBeLessThan(tables.users.length);
      }
      expect(new Set(deleted.map((d) => d.index)).size).toBe(deleted.length);
    }
  });

  test("documents are plain JSON: no undefined field, no null prototype", () => {
    for (const dataset of samples) {
      expect(JSON.parse(JSON.stringify(dataset))).toEqual(dataset);
      for (const doc of Object.values(dataset.tables).flat()) {
        expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
        expect(Object.values(doc)).not.toContain(undefined);
      }
    }
  });

  test("userSettings counts stay within 4 * batchSize + 2", () => {
    for (const dataset of samples) expect(dataset.tables.userSettings.length).toBeLessThanOrEqual(4 * BATCH_SIZE + 2);
  });

  test("maxUsers bounds the users, keeping the settings rows", () => {
    for (const dataset of fc.sample(legacyDataset({ batchSize: 4, maxUsers: 2 }), { seed: 3, numRuns: 100 })) {
      expect(dataset.tables.users.length).toBeLessThanOrEqual(2);
      if (dataset.tables.userSettings.length > 0) expect(dataset.tables.users.length).toBeGreaterThan(0);
    }
  });

  test("nonsense options are refused, naming the option", () => {
    expect(() => legacyDataset({ batchSize: 0 })).toThrow("options.batchSize must be a positive integer");
    expect(() => legacyDataset({ batchSize: 2, maxUsers: 1.5 })).toThrow("options.maxUsers must be a positive integer");
  });

  test("reaches every data class in at least 1% of 1,000 datasets", () => {
    const counts = coverageOf(datasets, (dataset) => legacyDataClasses(dataset, { batchSize: BATCH_SIZE }), {
      numRuns: 1000,
      seed: 1,
      classes: LEGACY_DATA_CLASSES,
    });
    console.table(Object.fromEntries(Object.entries(counts).map(([name, count]) => [name, { datasets: count, share: `${count / 10}%` }])));
    const rare = LEGACY_DATA_CLASSES.filter((name) => counts[name] < 10);
    expect(rare, `classes reached in fewer than 10 of 1,000 datasets: ${rare.join(", ")}`).toEqual([]);
  });
});

describe("legacyDataset shrinking", () => {
  test('"has userSettings" shrinks to one user with one bare settings row', () => {
    const dataset = shrunkWhere((d) => d.tables.userSettings.length > 0);
    expect(dataset.tables.userSettings).toEqual([{ userId: { __ref: ["users", 0] } }]);
    expect(dataset.tables.users).toHaveLength(1);
    expect(dataset.tables.apiKeys).toEqual([]);
    expect(dataset.deleted).toEqual([]);
  });

  test('"has a garbage blob" shrinks to that blob alone', () => {
    const dataset = shrunkWhere((d) => d.tables.userSettings.some((s) => blobKinds(s.encryptedApiKeys).includes("garbage")));
    expect(datasetSize(dataset)).toBe(2);
    expect(Object.keys(dataset.tables.userSettings[0])).toEqual(["userId", "encryptedApiKeys"]);
  });

  test('"an orphaned settings row" shrinks to a deleted user and its row', () => {
    const dataset = shrunkWhere((d) => legacyDataClasses(d).includes("settings:orphan-user"));
    expect(datasetSize(dataset)).toBe(2);
    expect(dataset.deleted).toEqual([{ table: "users", index: 0 }]);
  });

  test('"more than batchSize rows" shrinks to batchSize + 1 bare rows of one user', () => {
    const dataset = shrunkWhere((d) => d.tables.userSettings.length > BATCH_SIZE);
    expect(dataset.tables.userSettings).toHaveLength(BATCH_SIZE + 1);
    expect(dataset.tables.users).toHaveLength(1);
    expect(dataset.tables.userSettings.every((s) => Object.keys(s).join() === "userId")).toBe(true);
    expect(dataset.tables.apiKeys).toEqual([]);
  });

  test('"a pre-existing apiKeys row" shrinks to one user and one row', () => {
    const dataset = shrunkWhere((d) => d.tables.apiKeys.some((row) => Object.values(row).some(isEncryptMarker)));
    expect(datasetSize(dataset)).toBe(2);
  });
});
