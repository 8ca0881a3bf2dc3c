import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { coverageOf, type Dataset, isRefMarker } from "convex-migration-harness/generators";
import { chatDataset } from "./chatDataset.js";
import { CHAT_DATA_CLASSES, chatDataClasses } from "./dataClasses.js";
import { searchQueries } from "./searchQueries.js";
import { threadTitle } from "./threadTitle.js";
import { onlyAsPrefix, TITLE_WORDS } from "./vocabulary.js";

const SEED = 20261125;
const SAMPLES = 400;

/** Every reference points to an earlier table, or an earlier document of its own table. */
function referencesPointBack(dataset: Dataset): boolean {
  const order = Object.keys(dataset.tables);
  return order.every((table, t) =>
    dataset.tables[table].every((doc, index) =>
      Object.values(doc).every((value) => {
        if (!isRefMarker(value)) return true;
        const [target, i] = value.__ref;
        const at = order.indexOf(target);
        return i >= 0 && i < dataset.tables[target].length && (at < t || (at === t && i < index));
      }),
    ),
  );
}

describe("chatDataset", () => {
  test("reaches every data class in at least 1% of datasets", () => {
    // Sizes are counted on the paged table, so messages-paged datasets tell
    // the size classes; crowded titles need a crowded threads-paged dataset.
    const byMessages = coverageOf(chatDataset({ batchSize: 3 }), (d) => chatDataClasses(d, { batchSize: 3 }), { numRuns: SAMPLES, seed: SEED });
    const crowded = coverageOf(chatDataset({ batchSize: 3, paged: "threads", crowded: 0.2 }), (d) => chatDataClasses(d, { batchSize: 3, paged: "threads" }), { numRuns: SAMPLES, seed: SEED });
    const missing = CHAT_DATA_CLASSES.filter((name) => Math.max(byMessages[name] ?? 0, crowded[name] ?? 0) < SAMPLES / 100);
    expect(missing, JSON.stringify({ byMessages, crowded })).toEqual([]);
  });

  test("assembles references to earlier documents only, and deletes documents it has", () => {
    fc.assert(
      fc.property(chatDataset({ batchSize: 2, paged: "threads", orphanRate: 0.4 }), (dataset) => {
        expect(referencesPointBack(dataset)).toBe(true);
        for (const { table, index } of dataset.deleted ?? []) expect(index).toBeLessThan(dataset.tables[table].length);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  test("rejects nonsense options with a message naming the option", () => {
    expect(() => chatDataset({ batchSize: 0 })).toThrow(/options\.batchSize/);
    expect(() => chatDataset({ batchSize: 3, crowded: 2 })).toThrow(/options\.crowded/);
    expect(() => chatDataset({ batchSize: 3, paged: "users" as never })).toThrow(/options\.paged/);
  });
});

describe("searchQueries", () => {
  /** convex-test's search: a title token starts with a query term, case-insensitively. */
  const tokenPrefix = (title: string, query: string) =>
    title.toLowerCase().split(/\s+/).some((token) => token.startsWith(query.toLowerCase()));

  test("offers only queries on which substring and token-prefix matching agree", () => {
    fc.assert(
      fc.property(fc.array(threadTitle(), { minLength: 1, maxLength: 6 }), (titles) => {
        for (const query of searchQueries(titles).filter((q) => q.trim() !== "")) {
          for (const title of titles) expect(title.toLowerCase().includes(query.toLowerCase())).toBe(tokenPrefix(title, query));
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  test("the vocabulary holds no word inside another except as its prefix", () => {
    for (const word of TITLE_WORDS) for (const other of TITLE_WORDS) expect(onlyAsPrefix(word, other)).toBe(true);
    expect(onlyAsPrefix("an", "plan")).toBe(false);
  });
});
