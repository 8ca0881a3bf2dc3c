import type { Reporter, TestCase, TestModule } from "vitest/node";
import type { CheckResult } from "../../model/result.js";
import { coverageShortfalls, type CoverageReport } from "../../report/coverage.js";
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
    } else if (result.state === "skipped") {
      this.skipped.push({ project, backend: backendOf(testCase.project), name: testCase.fullName, reason: result.note ?? testCase.name });
    }
    // Every failed test fails the run: one whose report already shows the
    // failure is named there; any other (a check that passed but hit vitest's
    // timeout, a coverage test that timed out) is named here.
    if (result.state === "failed" && !shownInReport(meta)) {
      this.errors.push(`${testCase.fullName}: ${(result.errors?.[0]?.message ?? "failed").split("\n")[0]}`);
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

/** The backend a vitest project runs on: "container" for the container project, else "memory". */
export function backendOf(project: { config: { provide?: unknown } }): "memory" | "container" {
  return (project.config.provide as Record<string, unknown> | undefined)?.harnessBackend === "container" ? "container" : "memory";
}

/** Whether a failed test's own report names its failure: a failed check, a coverage shortfall, a fuzz report. */
function shownInReport(meta: Record<string, unknown>): boolean {
  if (meta.harnessFuzz) return true;
  if (meta.harnessResult) return (meta.harnessResult as CheckResult).status === "failed";
  if (meta.harnessCoverage) return coverageShortfalls([meta.harnessCoverage as CoverageReport]).length > 0;
  return false;
}
