import type { Reporter, TestModule } from "vitest/node";
import { redactText } from "../../model/redact.js";
import { seconds } from "../../model/duration.js";

/**
 * What `npm run fuzz` and `npm run certify` print while they run: one line
 * per finished file, the first lines of each failure, and the tests' own
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
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const failures: string[] = [];
    for (const test of module.children.allTests()) {
      const result = test.result();
      if (result.state === "passed") counts.passed++;
      else if (result.state === "skipped") counts.skipped++;
      else if (result.state === "failed") {
        counts.failed++;
        const message = result.errors?.[0]?.message ?? "failed";
        failures.push(`    ✗ ${test.name}\n${redactText(message.split("\n").slice(0, 3).join("\n")).replace(/^/gm, "      ")}`);
      }
    }
    const loadErrors = module.errors().map((e) => `    ✗ did not load: ${redactText(e.message)}`);
    const mark = counts.failed > 0 || loadErrors.length > 0 ? "✗" : "✓";
    process.stdout.write(`${mark} ${file} [${module.project.name}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds(module.diagnostic().duration ?? 0)})\n`);
    for (const line of [...failures, ...loadErrors]) process.stdout.write(`${line}\n`);
  }

  onTestRunEnd(_modules: unknown, errors: ReadonlyArray<{ message?: string }>): void {
    for (const error of errors) process.stdout.write(`✗ unhandled error: ${redactText(error.message ?? String(error))}\n`);
  }
}
