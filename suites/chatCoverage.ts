import { expect, test } from "vitest";
import { chatDataClasses, coverageOf, type ChatDataClass } from "../generators/index.js";
import type { MigrationSpec } from "../harness/index.js";

/**
 * Registers a test that the spec's own dataset arbitrary reaches every chat
 * data class it aims at, and prints the counts (fc.statistics style): a class
 * the arbitrary never generates is a class the invariants never test.
 */
export function chatCoverageTest(spec: MigrationSpec, paged: "threads" | "messages", classes: readonly ChatDataClass[]): void {
  test(`${spec.name} datasets reach every chat data class they aim at`, () => {
    const samples = 300;
    const counts = coverageOf(spec.dataset, (dataset) => chatDataClasses(dataset, { batchSize: spec.batchSize, paged }), {
      numRuns: samples,
      seed: 1,
      classes,
    });
    console.log(
      `${spec.name} coverage over ${samples} datasets:\n` +
        classes.map((name) => `  ${name.padEnd(32)} ${String(counts[name]).padStart(4)}`).join("\n"),
    );
    expect(classes.filter((name) => counts[name] === 0)).toEqual([]);
  });
}
