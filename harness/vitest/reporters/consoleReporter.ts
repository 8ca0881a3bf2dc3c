import type { Reporter, TestModule } from "vitest/node";
import { redactText } from "../../model/redact.js";
import { seconds } from "../../model/duration.js";
import type { CheckResult } from "../../model/result.js";
import { backendOf } from "./collector.js";

/**
 * What `npm run fuzz` and `npm run certify` print while they run: one line
 * per finished file (its backend, its counts, each check that passed with
 * forward writing nothing, each invariant that does not apply with the reason), the first lines of each failure, and the tests' own
 * progress lines (those starting with one of `prefixes`), all redacted.
 * vitest's default reporters would print failures with their datasets as is.
 */
export class ConsoleReporter implements Reporter {
  constructor(private readonly prefixes: string[]) {}

  onUserConsoleLog(log: { content: string }): void {
    for (const line of log.content.split("\n")) {
      if (this.prefixes.some((p) => line.startsWith(p))) process.stdout.write(`${redactText(line)}\n`);
    }
  }

  onTestModuleEnd(module: TestModule): void {
    const file = module.moduleId.replace(`${process.cwd()}/`, "");
    const counts = { passed: 0, failed: 0, notApplicable: 0, skipped: 0 };
    const failures: string[] = [];
    const notApplicable: string[] = [];
    const vacuous: string[] = [];
    for (const test of module.children.allTests()) {
      const result = test.result();
      const found = (test.meta() as { harnessResult?: CheckResult }).harnessResult;
      if (result.state === "passed") {
        counts.passed++;
        // Passed on data forward never changed: the line says so, with what to change.
        if (found?.status === "passed" && found.vacuous) vacuous.push(`    ⚠️ ${redactText(found.vacuous.message)}`);
      } else if (found?.status === "not-applicable") {
        counts.notApplicable++;
        notApplicable.push(`    ➖ ${found.invariant} not applicable: ${found.reason}`);
      } else if (result.state === "skipped") counts.skipped++;
      else if (result.state === "failed") {
        counts.failed++;
        const message = result.errors?.[0]?.message ?? "failed";
        failures.push(`    ✗ ${test.name}\n${redactText(message.split("\n").slice(0, 3).join("\n")).replace(/^/gm, "      ")}`);
      }
    }
    const loadErrors = module.errors().map((e) => `    ✗ did not load: ${redactText(e.message)}`);
    const mark = counts.failed > 0 || loadErrors.length > 0 ? "✗" : "✓";
    // The backend, not the project's name: the default project has none.
    const tally = `${counts.passed} passed, ${counts.failed} failed, ${counts.notApplicable} not applicable, ${counts.skipped} skipped`;
    process.stdout.write(`${mark} ${file} [${backendOf(module.project)}] ${tally} (${seconds(module.diagnostic().duration ?? 0)})\n`);
    for (const line of [...failures, ...loadErrors, ...vacuous, ...notApplicable]) process.stdout.write(`${line}\n`);
  }

  onTestRunEnd(_modules: unknown, errors: ReadonlyArray<{ message?: string }>): void {
    for (const error of errors) process.stdout.write(`✗ unhandled error: ${redactText(error.message ?? String(error))}\n`);
  }
}
