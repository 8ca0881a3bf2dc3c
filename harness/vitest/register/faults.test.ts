import { afterEach, describe, expect, test, vi } from "vitest";
import { batchMigration } from "../../spec/migration.js";
import { notesSpec } from "../../testing/notesSpec.js";
import { checkFault, FAULT_SEED } from "./faults.js";

/** The notes app's slug migration with one known fault: a forward that loses a note's tags. */
const spec = notesSpec({
  faults: [{ name: "lossy", invariant: "roundTrip", bug: "lost tags", maxDocuments: 2, overrides: { forward: batchMigration("slugs:lossyForward") } }],
});
const where = { file: "harness/testing/notes.migration.ts", project: "memory" };

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("a fault test", () => {
  test("prints what caught the fault, its shrunk counterexample and the command that replays it", async () => {
    const printed = await checkFault(spec, spec.faults[0], where);
    const lines = printed.split("\n");
    expect(lines[0]).toMatch(/^addSlug_lossy: caught by roundTrip, shrunk to [12] document\(s\) in \d+ shrinks$/);
    expect(printed).toMatch(/Counterexample \(shrunk\): [12] document\(s\)/);
    // The note whose tags were lost, named as the dataset names it.
    expect(printed).toMatch(/\n {4}notes\[0\] \{ .*tags: \[/);
    expect(printed).toContain("Replay:\n    HARNESS_REPLAY='addSlug_lossy.roundTrip.memory@");
    expect(printed).toContain(" npx vitest run --project memory harness/testing/notes.migration.ts -t '^addSlug faults roundTrip catches lost tags$'");
  });

  test("runs at HARNESS_SEED when it is set, and at its fixed seed otherwise", async () => {
    const fixed = await checkFault(spec, spec.faults[0], where);
    expect(fixed).toContain(`.memory@${FAULT_SEED}:`);
    vi.stubEnv("HARNESS_SEED", "7");
    const seeded = await checkFault(spec, spec.faults[0], where);
    expect(seeded).toContain(".memory@7:");
  });
});
