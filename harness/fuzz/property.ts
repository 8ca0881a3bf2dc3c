import type { BackendKind, BackendProvider } from "../model/backend.js";
import { resolveShrinkBudget } from "../engine/shrinkBudget.js";
import { freshSeed } from "../model/seed.js";
import { checkMigration } from "../invariants/check.js";
import { saveFailure } from "../corpus/store.js";
import type { InvariantName } from "../model/invariantNames.js";
import { formatRedactedFailure } from "../report/redactResult.js";
import { redactText } from "../model/redact.js";
import { duration } from "../model/duration.js";
import type { ReplayTarget } from "../engine/replay.js";
import type { MigrationSpec } from "../spec/types.js";

export interface FuzzPropertyOptions {
  spec: MigrationSpec;
  invariant: InvariantName;
  /** The test that replays a failure of this property in npm test mode (its spec file and name). */
  replay: ReplayTarget;

  backend?: BackendKind | BackendProvider;
  /** Epoch ms by which this property stops starting new rounds. */
  deadline: number;
  /** Base seed: round k uses seed + k, so a run can be repeated. Absent: a fresh seed per round. */
  seed?: number;
  /** Most property runs per round. Default 10. */
  roundRuns?: number;
  /** Where failures are saved; null: not saved. */
  corpusDir: string | null;
  /** Where progress lines go. */
  log: (line: string) => void;
  now?: () => number;
}

export interface FuzzFinding {
  seed: number;
  path: string;
  summary: string;
  /** The command that reproduces it. */
  replay: string;
  /** The full failure report, redacted. */
  report: string;
  corpusFile: string | null;
}

export interface FuzzPropertyReport {
  migration: string;
  invariant: InvariantName;
  backend: string;
  status: "passed" | "failed" | "not-applicable" | "skipped";
  reason?: string;
  runs: number;
  rounds: number;
  seeds: number[];
  findings: FuzzFinding[];
  durationMs: number;
}

/**
 * Fuzzes one property until its deadline: rounds of checkMigration, each
 * with a new seed and as many runs as the time left allows (estimated from
 * the rounds so far), so the budget is kept to within one run. Stops at the
 * first failure: the fix comes first, and the same bug found again and again
 * would only fill the corpus. Always runs at least one round.
 */
export async function fuzzProperty(options: FuzzPropertyOptions): Promise<FuzzPropertyReport> {
  const now = options.now ?? Date.now;
  const started = now();
  const { spec } = options;
  const roundRuns = options.roundRuns ?? 10;
  const report: FuzzPropertyReport = {
    migration: spec.name,
    invariant: options.invariant,
    backend: typeof options.backend === "object" ? options.backend.kind : (options.backend ?? "memory"),
    status: "passed",
    runs: 0,
    rounds: 0,
    seeds: [],
    findings: [],
    durationMs: 0,
  };
  const label = `${spec.name} › ${options.invariant} [${report.backend}]`;
  while (report.rounds === 0 || now() < options.deadline) {
    const spent = now() - started;
    const perRun = report.runs > 0 ? spent / report.runs : null;
    const affordable = perRun === null ? roundRuns : Math.floor((options.deadline - now()) / perRun);
    const runs = Math.max(1, Math.min(roundRuns, affordable));
    const seed = options.seed !== undefined ? (options.seed + report.rounds) | 0 : freshSeed();
    const result = await checkMigration(spec, {
      invariant: options.invariant,
      backend: options.backend,
      runs,
      seed,
      replay: options.replay,
      // Runs stop at the deadline; a failure found by then still gets its shrink budget.
      timeLimitMs: Math.max(1, options.deadline - now()) + resolveShrinkBudget(spec.shrinkBudgetMs),
    });
    if (result.status === "not-applicable" || result.status === "skipped") {
      Object.assign(report, { status: result.status, reason: result.reason });
      break;
    }
    report.rounds += 1;
    report.runs += result.runs;
    report.seeds.push(seed);
    if (result.status === "failed") {
      const secrets = spec.secrets?.fields as Record<string, readonly string[]> | undefined;
      const saved = options.corpusDir ? saveFailure(options.corpusDir, result, { foundBy: "fuzz", file: options.replay.file, secrets }) : null;
      report.status = "failed";
      report.findings.push({
        seed: result.seed,
        path: result.path,
        summary: redactText(result.failure.summary),
        replay: result.replay,
        report: formatRedactedFailure(result, secrets),
        corpusFile: saved?.file ?? null,
      });
      options.log(`fuzz ${label}: FAILED after ${report.runs} runs: ${redactText(result.failure.summary)}` +
        (saved ? ` -> ${saved.file}${saved.created ? "" : " (already in the corpus)"}` : ""));
      options.log(`fuzz ${label}: replay with: ${result.replay}`);
      break;
    }
    options.log(`fuzz ${label}: ${report.runs} runs, ${report.rounds} rounds, ${duration(options.deadline - now())} left, 0 failures`);
  }
  report.durationMs = now() - started;
  return report;
}
