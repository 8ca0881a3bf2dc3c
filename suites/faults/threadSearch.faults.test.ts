/**
 * The harness must catch every catalogued fault of threadSearch with
 * queryEquivalent. Its faults replace the new query, not a direction. The guide's
 * "take 20, then filter by user" needs more than 20 matching threads to go
 * wrong, so its shrunk counterexample cannot be smaller than 21 threads and
 * their user.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ref, type Dataset } from "../../generators/index.js";
import { batchMigration, checkMigration, formatFailure } from "../../harness/index.js";
import { threadSearchSpec } from "../threadSearch.spec.js";
import { faultApp, faults } from "./catalogue.js";
import { FAULT_SEED, faultSuite, overridesFor } from "./expectCaught.js";

const base = threadSearchSpec();

faultSuite({
  migration: "threadSearch",
  spec: threadSearchSpec,
  driver: (fn) => batchMigration(fn),
  file: "suites/faults/threadSearch.faults.test.ts",
});

describe("threadSearch: the guide's search and other users' threads", () => {
  test("queryEquivalent shows a user's only match crowded out by 20 threads of another user", async () => {
    const fault = faults.find((f) => f.module === "threadSearch/takesTwentyThenFilters")!;
    const crowd: Dataset = {
      tables: {
        users: [{ name: "Ann", email: "ann@example.com" }, { name: "Bo", email: "bo@example.com" }],
        threads: [
          ...Array.from({ length: 20 }, (_, i) => ({ userId: ref("users", 0), title: `plan ${i}` })),
          { userId: ref("users", 1), title: "plan holiday" },
        ],
      },
    };
    const spec = threadSearchSpec({
      name: "threadSearch_otherUsersCrowdOut",
      dataset: fc.constant(crowd),
      ...overridesFor(fault, base, (fn) => batchMigration(fn)),
    });
    const result = await checkMigration(faultApp, spec, { invariant: "queryEquivalent", seed: FAULT_SEED, runs: 1 });
    if (result.status !== "failed") throw new Error(`queryEquivalent did not catch the crowd: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toContain('"query":"plan"');
    expect(report).toMatch(/old returned 1, new returned 0\n\s+missing from new: 1\n\s+threads \S+ \{ title: "plan holiday"/);
  });
});
