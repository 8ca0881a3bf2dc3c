import type { Reporter, TestCase, TestModule } from "vitest/node";
import type { CheckResult } from "../../model/result.js";
import type { CoverageReport } from "../../report/coverage.js";
import type { SnapshotImportReport } from "../../snapshotImport/report.js";

/** A test that did not run, with the reason it gave (a backend without a runtime, ...). */
export interface SkippedTest {
  project: string;
  /** The backend of the project ("memory" unless it is a container project). */
  backend: string;
  name: string;
  reason: string;
}

/**
 * A vitest reporter that collects what the harness's tests leave in their
 * meta: CheckResults (invariant and snapshot tests), coverage counts, the
 * snapshot import report and fuzz reports; plus every test or file that
 * failed without one (a harness error, a suite that did not load), so that
 * nothing is silently dropped.
 */
export class ResultCollector implements Reporter {
  readonly results: CheckResult[] = [];
  /** Results of the invariants run on a snapshot export (certify --snapshot). */
  readonly snapshotResults: CheckResult[] = [];
  readonly coverage: CoverageReport[] = [];
  readonly snapshotImports: SnapshotImportReport[] = [];
  readonly fuzz: unknown[] = [];
  readonly skipped: SkippedTest[] = [];
  readonly errors: string[] = [];
  /** What could not be checked, noted by the CLI (a run stopped at its budget). */
  readonly incomplete: string[] = [];
  /** Each migration's declared secret fields, for redaction outside the test process. */
  readonly secretFields: Record<string, Record<string, readonly string[]>> = {};

  onTestCaseResult(testCase: TestCase): void {
    const meta = testCase.meta() as Record<string, unknown>;
    const project = testCase.project.name;
    const result = testCase.result();
    if (meta.harnessCoverage) this.coverage.push(meta.harnessCoverage as CoverageReport);
    if (meta.harnessSnapshotImport) this.snapshotImports.push(meta.harnessSnapshotImport as SnapshotImportReport);
    if (meta.harnessFuzz) this.fuzz.push(meta.harnessFuzz);
    if (meta.harnessSecretFields) Object.assign(this.secretFields, meta.harnessSecretFields);
    for (const found of (meta.harnessResults as CheckResult[] | undefined) ?? []) this.add(found);
    if (meta.harnessResult) {
      if (meta.harnessSource === "snapshot") this.snapshotResults.push(meta.harnessResult as CheckResult);
      else this.add(meta.harnessResult as CheckResult);
      return;
    }
    if (result.state === "skipped") {
      const backend = (testCase.project.config.provide as Record<string, unknown>)?.harnessBackend === "container" ? "container" : "memory";
      this.skipped.push({ project, backend, name: testCase.fullName, reason: result.note ?? testCase.name });
    } else if (result.state === "failed" && !meta.harnessFuzz && !meta.harnessCoverage && !meta.harnessSnapshotImport) {
      // Fuzz, coverage and import failures are in their own reports.
      this.errors.push(`${testCase.fullName}: ${result.errors?.[0]?.message ?? "failed"}`);
    }
  }

  /** One result per (migration, invariant, backend): the first reported wins. */
  private add(result: CheckResult): void {
    const same = (r: CheckResult) => r.migration === result.migration && r.invariant === result.invariant && r.backend === result.backend;
    if (!this.results.some(same)) this.results.push(result);
  }

  onTestModuleEnd(testModule: TestModule): void {
    for (const error of testModule.errors()) {
      this.errors.push(`${testModule.moduleId.replace(`${process.cwd()}/`, "")} did not load: ${error.message}`);
    }
  }

  onTestRunEnd(_modules: unknown, unhandledErrors: ReadonlyArray<{ message?: string }>): void {
    for (const error of unhandledErrors) this.errors.push(`unhandled error: ${error.message ?? String(error)}`);
  }
}
