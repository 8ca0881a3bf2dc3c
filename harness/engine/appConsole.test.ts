import { afterEach, describe, expect, test, vi } from "vitest";
import { checkMigration } from "../invariants/check.js";
import { batchMigration } from "../spec/migration.js";
import { notesSpec } from "../testing/notesSpec.js";
import { APP_CONSOLE_LIMIT } from "./appConsole.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("the app's own console output during a check", () => {
  test("a failing migration that logs every failed document prints its first messages, ids labelled, and one line for the rest", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const logs = vi.spyOn(console, "log").mockImplementation(() => {});
    const spec = notesSpec({ name: "noisy", forward: batchMigration("noisy:forward") });
    const result = await checkMigration(spec, { invariant: "idempotent", seed: 1, runs: 50 });
    expect(result.status).toBe("failed");
    const printed = errors.mock.calls.map((args) => String(args[0]));
    expect(printed.length).toBe(APP_CONSOLE_LIMIT);
    expect(printed[0]).toMatch(/^Document failed: notes\[\d+\]$/);
    const summary = logs.mock.calls.map((args) => String(args[0])).filter((line) => line.includes("console messages"));
    expect(summary).toHaveLength(1);
    const [, total, shown, dropped] = /logged (\d+) console messages during this check; the first (\d+) are shown, (\d+) more were dropped$/.exec(summary[0]) ?? [];
    expect(Number(shown)).toBe(APP_CONSOLE_LIMIT);
    expect(Number(total)).toBe(APP_CONSOLE_LIMIT + Number(dropped));
    expect(Number(dropped)).toBeGreaterThan(0);
    expect(summary[0]).toMatch(/^noisy › idempotent: /);
  });

  test("is left alone once the check is over", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await checkMigration(notesSpec({ name: "noisy", forward: batchMigration("noisy:forward") }), { invariant: "idempotent", seed: 1, runs: 5 });
    errors.mockClear();
    for (let i = 0; i < APP_CONSOLE_LIMIT + 5; i++) console.error(`after ${i}`);
    expect(errors).toHaveBeenCalledTimes(APP_CONSOLE_LIMIT + 5);
  });
});
