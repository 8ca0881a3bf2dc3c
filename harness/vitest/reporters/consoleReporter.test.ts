import { afterEach, describe, expect, test, vi } from "vitest";
import type { TestModule } from "vitest/node";
import { ConsoleReporter } from "./consoleReporter.js";

/** The part of a vitest TestModule the reporter reads: its tests' state and meta, its project. */
function testModule(project: { name: string; provide?: Record<string, unknown> }, tests: Array<{ name: string; state: string; meta?: Record<string, unknown> }>): TestModule {
  return {
    moduleId: `${process.cwd()}/tests/migrations/addSlug.migration.ts`,
    project: { name: project.name, config: { provide: project.provide ?? {} } },
    children: { allTests: () => tests.map((t) => ({ name: t.name, meta: () => t.meta ?? {}, result: () => ({ state: t.state }) })) },
    errors: () => [],
    diagnostic: () => ({ duration: 1500 }),
  } as unknown as TestModule;
}

function printed(module: TestModule): string {
  const write = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  new ConsoleReporter([]).onTestModuleEnd(module);
  return write.mock.calls.map(([text]) => String(text)).join("");
}

describe("ConsoleReporter", () => {
  afterEach(() => vi.restoreAllMocks());
  const notApplicable = { migration: "addSlug", invariant: "roundTrip", backend: "memory", status: "not-applicable", reason: "the spec declares no `rollback`", durationMs: 0 };
  const tests = [
    { name: "idempotent: forward twice = forward once", state: "passed" },
    { name: "roundTrip: rollback(forward(D)) restores D (not applicable: the spec declares no `rollback`)", state: "skipped", meta: { harnessResult: notApplicable } },
  ];

  test("a file's line names its backend, in an unnamed project too, and says what did not apply and why", () => {
    expect(printed(testModule({ name: "" }, tests))).toBe(
      "✓ tests/migrations/addSlug.migration.ts [memory] 1 passed, 0 failed, 1 not applicable, 0 skipped (1.5 s)\n" +
        "    ➖ roundTrip not applicable: the spec declares no `rollback`\n",
    );
  });

  test("a check that passed with forward writing nothing is named under the line, with what to change", () => {
    const message = "linkMembers › roundTrip [memory]: forward wrote nothing in 40 run(s): the datasets may not reach its write path";
    const vacuous = { migration: "linkMembers", invariant: "roundTrip", backend: "memory", status: "passed", runs: 40, seed: 1, vacuous: { runs: 40, message }, durationMs: 0 };
    expect(printed(testModule({ name: "" }, [{ name: "roundTrip", state: "passed", meta: { harnessResult: vacuous } }]))).toBe(
      "✓ tests/migrations/addSlug.migration.ts [memory] 1 passed, 0 failed, 0 not applicable, 0 skipped (1.5 s)\n" + `    ⚠️ ${message}\n`,
    );
  });

  test("the container project's line says container", () => {
    expect(printed(testModule({ name: "container", provide: { harnessBackend: "container" } }, tests.slice(0, 1)))).toMatch(/^✓ \S+ \[container\] 1 passed/);
  });
});
