/**
 * The harness must catch every catalogued fault of threadSearch with
 * queryEquivalent. Its faults replace the new query, not a direction, so
 * this file builds the spec itself instead of using faultSuite. The guide's
 * "take 20, then filter by user" needs more than 20 matching threads to go
 * wrong, so its shrunk counterexample cannot be smaller than 21 threads and
 * their user.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { datasetSize, ref, type Dataset } from "../../generators/index.js";
import { checkMigration, formatFailure } from "../../harness/index.js";
import { threadSearchSpec } from "../threadSearch.spec.js";
import { faultApp, faultFunction, faultName, faults } from "./catalogue.js";
import { FAULT_SEED } from "./expectCaught.js";

const FILE = "suites/faults/threadSearch.faults.test.ts";
const base = threadSearchSpec();

describe("threadSearch faults", () => {
  for (const fault of faults.filter((f) => f.migration === "threadSearch")) {
    const testName = `${fault.invariant} catches ${fault.bug}`;
    test(testName, async () => {
      expect(fault.replaces).toEqual(["newQuery"]);
      const spec = threadSearchSpec({ name: faultName(fault), queries: { ...base.queries!, stages: [...base.queries!.stages], new: faultFunction(fault, "newQuery") } });
      const result = await checkMigration(faultApp, spec, {
        invariant: fault.invariant,
        seed: FAULT_SEED,
        runs: 100,
        replay: { file: FILE, testName: `threadSearch faults ${testName}`, project: "memory" },
      });
      if (result.status !== "failed") throw new Error(`${fault.invariant} did not catch ${fault.module}: ${result.status}`);
      expect(result.failure.invariant).toBe(fault.invariant);
      expect(result.replay).toContain(String(result.seed));
      const size = datasetSize(result.dataset);
      expect(size, formatFailure(result)).toBeLessThanOrEqual(fault.maxDocuments);
      console.log(`${fault.module}: caught by ${fault.invariant}, shrunk to ${size} document(s) in ${result.shrinks} shrinks`);
    });
  }
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
      queries: { ...base.queries!, stages: [...base.queries!.stages], new: faultFunction(fault, "newQuery") },
    });
    const result = await checkMigration(faultApp, spec, { invariant: "queryEquivalent", seed: FAULT_SEED, runs: 1 });
    if (result.status !== "failed") throw new Error(`queryEquivalent did not catch the crowd: ${result.status}`);
    const report = formatFailure(result);
    expect(report).toContain('"query":"plan"');
    expect(report).toMatch(/old returned 1, new returned 0\n\s+missing from new: 1\n\s+threads \S+ \{ title: "plan holiday"/);
  });
});
