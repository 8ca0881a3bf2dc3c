import { describe, expect, test } from "vitest";
import type { RunnerTestCase, RunnerTestSuite } from "vitest";
import { notesSpec } from "../../testing/notesSpec.js";
import { invariantTests } from "./invariants.js";

// A spec without rollback: roundTrip cannot apply. Only that invariant is
// registered, so nothing runs a property here.
describe("registered", () => invariantTests(notesSpec({ rollback: undefined }), { invariants: ["roundTrip"] }));

function testsUnder(suite: RunnerTestSuite | undefined): RunnerTestCase[] {
  return (suite?.tasks ?? []).flatMap((t) => (t.type === "test" ? [t] : t.type === "suite" ? testsUnder(t) : []));
}

describe("invariantTests", () => {
  test("an invariant that does not apply leaves its result, with the reason, for the certificate", ({ task }) => {
    const skipped = testsUnder(task.file as unknown as RunnerTestSuite).find((t) => t.name.startsWith("roundTrip"));
    expect(skipped?.mode).toBe("skip");
    expect(skipped?.name).toMatch(/\(not applicable: .*rollback/);
    // What the result collector turns into a "not applicable" row of certificate.json, .md, .html and junit.xml.
    expect((skipped?.meta as Record<string, unknown>).harnessResult).toEqual({
      migration: "addSlug",
      invariant: "roundTrip",
      backend: "memory",
      status: "not-applicable",
      reason: expect.stringMatching(/rollback/),
      durationMs: 0,
    });
  });
});
