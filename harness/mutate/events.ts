import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A mutant as StrykerJS reports it (the fields this command reads; lines 0-based, as in its events). */
export interface StrykerMutant {
  id: string;
  fileName: string;
  mutatorName: string;
  replacement: string;
  location: { start: { line: number; column: number }; end: { line: number; column: number } };
  status: "Killed" | "Survived" | "Timeout" | "NoCoverage" | "CompileError" | "RuntimeError" | "Ignored" | "Pending";
  statusReason?: string;
  killedBy?: string[];
  coveredBy?: string[];
  static?: boolean;
}

/** What a StrykerJS run has told so far, from its event log (the event-recorder reporter's folder). */
export interface StrykerEvents {
  /** Test ids to names, once the initial (unmutated, coverage) run is done. */
  tests: Map<string, string> | null;
  /** Every mutant found, once the plan is ready (those with an early result included). */
  planned: number | null;
  /** Mutants with a result, in the order they were tested. */
  tested: StrykerMutant[];
  /** Whether StrykerJS wrote its final report. */
  finished: boolean;
}

/**
 * Reads the event log. Written while the run goes, so it may be read at any
 * time; a file being written when read is skipped until the next read.
 */
export function readStrykerEvents(dir: string): StrykerEvents {
  const events: StrykerEvents = { tests: null, planned: null, tested: [], finished: false };
  if (!existsSync(dir)) return events;
  for (const name of readdirSync(dir).sort()) {
    const kind = /^\d+-(\w+)\.json$/.exec(name)?.[1];
    if (!kind) continue;
    let data: any;
    try {
      data = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch {
      continue;
    }
    if (kind === "onDryRunCompleted") {
      events.tests = new Map((data.result?.tests ?? []).map((t: { id: string; name: string }) => [t.id, t.name]));
    } else if (kind === "onMutationTestingPlanReady") {
      events.planned = (data.mutantPlans ?? []).length;
    } else if (kind === "onMutantTested") {
      events.tested.push(data as StrykerMutant);
    } else if (kind === "onMutationTestReportReady") {
      events.finished = true;
    }
  }
  return events;
}
