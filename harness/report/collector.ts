import type { Reporter, TestCase } from "vitest/node";
import type { CheckResult } from "../result.js";

/**
 * A vitest reporter that collects the CheckResult each migration test leaves
 * in its meta (see suite.ts), plus tests that failed without one (a harness
 * error, a suite that did not load), so that nothing is silently dropped.
 */
export class ResultCollector implements Reporter {
  readonly results: CheckResult[] = [];
  readonly errors: string[] = [];

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta() as { harnessResult?: CheckResult };
    if (meta.harnessResult) {
      this.results.push(meta.harnessResult);
      return;
    }
    const result = testCase.result();
    if (result.state === "failed") {
      this.errors.push(`${testCase.fullName}: ${result.errors?.[0]?.message ?? "failed"}`);
    }
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<{ message?: string }>): void {
    for (const error of unhandledErrors) this.errors.push(`unhandled error: ${error.message ?? String(error)}`);
  }
}
