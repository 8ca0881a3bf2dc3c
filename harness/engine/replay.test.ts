import { describe, expect, test } from "vitest";
import { replayCommand, replayFor, replayValue, testNamePattern, vitestNameSeparator } from "./replay.js";

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

  test("the pattern joins a test's names as the vitest that runs it does: a space up to vitest 4, ' > ' from vitest 5", () => {
    const names = ["addSlug on memory", "roundTrip: rollback(forward(D)) restores D"];
    expect(vitestNameSeparator("4.1.12")).toBe(" ");
    expect(vitestNameSeparator("3.2.7")).toBe(" ");
    expect(vitestNameSeparator("5.1.2")).toBe(" > ");
    const pattern = (separator: string) => new RegExp(testNamePattern(names, separator).slice(1, -1));
    expect(pattern(" ").test("addSlug on memory roundTrip: rollback(forward(D)) restores D")).toBe(true);
    expect(pattern(" > ").test("addSlug on memory > roundTrip: rollback(forward(D)) restores D")).toBe(true);
    expect(pattern(" ").test("addSlug on memory > roundTrip: rollback(forward(D)) restores D")).toBe(false);
  });

  test("the vitest installed here decides the separator", () => {
    expect(testNamePattern(["a", "b"])).toBe("'^a b$'");
  });

  test("a spec run under a config vitest would not find by itself is replayed with -c", () => {
    const command = replayCommand({ file: "tests/a.migration.ts", testName: ["a on memory", "roundTrip: x"], config: "config/vitest.migrations.ts" }, key, 1, "0", " > ");
    expect(command).toBe("HARNESS_REPLAY='apiKeysToTable.roundTrip.memory@1:0' npx vitest run -c config/vitest.migrations.ts tests/a.migration.ts -t '^a on memory > roundTrip: x$'");
  });
});
