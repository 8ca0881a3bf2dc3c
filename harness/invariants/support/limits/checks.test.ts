import { describe, expect, test } from "vitest";
import { overLimits, readGrowth } from "./checks.js";
import type { BatchUsage } from "./measuredRun.js";
import { CONVEX_TRANSACTION_LIMITS, zeroUsage } from "../../../model/limits.js";

function batch(number: number, page: string | null, documentsRead: number, pageKey = page): BatchUsage {
  return { direction: "forward", number, processed: 1, usage: { ...zeroUsage(), documentsRead }, filteredOut: 0, page, pageKey, uncounted: [], ms: 1 };
}

describe("read growth", () => {
  test("pairs batches by the page they processed, not by number", () => {
    const small = [batch(1, "userSettings[0]", 5), batch(2, "userSettings[1]", 5)];
    const large = [batch(1, "userSettings[0]", 5), batch(2, "userSettings[1]", 40), batch(3, "userSettings[2]", 90)];
    const grown = readGrowth(small, large, 2);
    expect(grown.map((g) => g.small.number)).toEqual([2]);
  });

  test("pages of documents created during the run pair by what they hold, not by looking alike", () => {
    // A rollback paging over ledger entries, newest first: on the small table
    // its last page restores messages[0] and threads[0]; on the larger one,
    // threads[1] and threads[0], whose restores rewrite more messages.
    const entry = (target: string) => `new migrationLedger {"docId":"${target}"}`;
    const page = (...targets: string[]) => targets.map(entry).join(", ");
    const small = [batch(2, "2 ledger entries", 16, page("messages[0]", "threads[0]"))];
    const large = [batch(17, "2 ledger entries", 24, page("threads[1]", "threads[0]"))];
    expect(readGrowth(small, large, 2)).toEqual([]);
    const sameEntries = [batch(9, "2 ledger entries", 24, page("messages[0]", "threads[0]"))];
    expect(readGrowth(small, sameEntries, 2)).toHaveLength(1);
  });

  test("tolerates a few more reads, and pairs batches without a page by number and documents processed", () => {
    expect(readGrowth([batch(1, null, 5)], [batch(1, null, 7)], 2)).toEqual([]);
    expect(readGrowth([batch(1, null, 5)], [batch(1, null, 8)], 2)).toHaveLength(1);
    // The small table's last batch found nothing left; the larger table's same batch had a page to do.
    const tail = { ...batch(2, null, 3), processed: 0 };
    expect(readGrowth([tail], [batch(2, null, 9)], 2)).toEqual([]);
  });

  test("over a limit", () => {
    const heavy = batch(1, null, CONVEX_TRANSACTION_LIMITS.documentsRead + 1);
    expect(overLimits([batch(2, null, 3), heavy], CONVEX_TRANSACTION_LIMITS)).toEqual([{ batch: heavy, keys: ["documentsRead"] }]);
  });
});
