import { describe, expect, test } from "vitest";
import { replayCommand, replayFor, replayValue } from "./replay.js";

const key = { migration: "apiKeysToTable", invariant: "roundTrip", backend: "memory" as const };

describe("replay", () => {
  test("the value round-trips through HARNESS_REPLAY", () => {
    const value = replayValue(key, -12345, "3:1:0");
    expect(value).toBe("apiKeysToTable.roundTrip.memory@-12345:3:1:0");
    expect(replayFor(key, value)).toEqual({ seed: -12345, path: "3:1:0" });
  });

  test("a replay for another check is ignored by this one", () => {
    expect(replayFor({ ...key, invariant: "idempotent" }, "apiKeysToTable.roundTrip.memory@1:0")).toBeNull();
    expect(replayFor({ ...key, backend: "container" }, "apiKeysToTable.roundTrip.memory@1:0")).toBeNull();
  });

  test("a malformed value is an error that shows the expected form", () => {
    expect(() => replayFor(key, "roundTrip@abc")).toThrow("migration.invariant.backend@seed:path");
  });

  test("the command selects exactly one test, escaping regex characters and quotes", () => {
    const command = replayCommand(
      { file: "suites/a.prop.test.ts", testName: "apiKeysToTable on memory roundTrip: rollback(forward(D)) = D (it's)", project: "memory" },
      key,
      42,
      "0",
    );
    expect(command).toBe(
      "HARNESS_REPLAY='apiKeysToTable.roundTrip.memory@42:0' npx vitest run --project memory suites/a.prop.test.ts " +
        "-t '^apiKeysToTable on memory roundTrip: rollback\\(forward\\(D\\)\\) = D \\(it'\\''s\\)$'",
    );
  });
});
