import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, relative } from "node:path";
import { isInvariantName, type InvariantName } from "../model/invariantNames.js";
import { redactText } from "../model/redact.js";
import type { StrykerEvents, StrykerMutant } from "./events.js";

/**
 * What became of a mutant:
 * - killed: an invariant failed against it (a deadline or termination
 *   failure of the harness included: that is the suite seeing a hang);
 * - survived: every invariant that reaches its code held;
 * - timed-out: StrykerJS (or vitest) gave up on it before the suite said
 *   anything; not a kill, since nothing was observed;
 * - no-coverage: no invariant runs its code;
 * - equivalent: marked in the source (`// Stryker disable …: reason`) as
 *   changing nothing observable; left out of the score;
 * - error: it could not run (it breaks the spec file's loading); left out.
 */
export type MutantOutcome = "killed" | "survived" | "timed-out" | "no-coverage" | "equivalent" | "error";

/** How a killed mutant was seen: an invariant that did not hold, a call past its deadline, a batch bound reached. */
export type KilledHow = "violation" | "deadline" | "terminates";

export interface MutantRecord {
  id: string;
  /** Relative to the project root. */
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  mutator: string;
  /** The code the mutant replaces, on one line. */
  original: string;
  mutated: string;
  outcome: MutantOutcome;
  /** The invariant (or saved failure) whose test failed first. */
  killedBy?: string;
  how?: KilledHow;
  /** The invariants that ran against it: the tests whose coverage reaches it (every test for a static mutant). */
  invariants: string[];
  /** The failure's first lines, the equivalence reason, or the error. */
  reason?: string;
}

export interface MutationCounts {
  total: number;
  killed: number;
  survived: number;
  timedOut: number;
  noCoverage: number;
  equivalent: number;
  errors: number;
}

/**
 * StrykerJS's results for one migration as this command reports them. Its
 * own score counts a timeout as detected; this one does not, unless the
 * suite itself reported the hang (then the mutant is killed).
 */
export function classifyMutants(root: string, events: StrykerEvents): MutantRecord[] {
  const sources = new Map<string, string[]>();
  const lines = (file: string) => {
    if (!sources.has(file)) sources.set(file, existsSync(join(root, file)) ? readFileSync(join(root, file), "utf8").split("\n") : []);
    return sources.get(file)!;
  };
  const allTests = [...(events.tests?.keys() ?? [])];
  return events.tested.map((mutant) => {
    const file = relativeTo(root, mutant.fileName);
    const ran = mutant.static || mutant.coveredBy === undefined ? allTests : mutant.coveredBy;
    const record: MutantRecord = {
      id: mutant.id,
      file,
      line: mutant.location.start.line,
      column: mutant.location.start.column,
      mutator: mutant.mutatorName,
      original: oneLine(slice(lines(file), mutant.location)),
      mutated: oneLine(mutant.replacement),
      outcome: outcomeOf(mutant),
      invariants: [...new Set(ran.map((id) => invariantOf(events.tests?.get(id) ?? id)))],
    };
    const reason = firstLines(mutant.statusReason);
    if (reason) record.reason = reason;
    if (record.outcome === "killed") {
      record.killedBy = invariantOf(events.tests?.get(mutant.killedBy?.[0] ?? "") ?? "?");
      record.how = /did not return within/.test(reason ?? "") ? "deadline" : record.killedBy === "terminates" ? "terminates" : "violation";
    }
    return record;
  });
}

export function countMutants(mutants: readonly MutantRecord[]): MutationCounts {
  const count = (outcome: MutantOutcome) => mutants.filter((m) => m.outcome === outcome).length;
  return {
    total: mutants.length,
    killed: count("killed"),
    survived: count("survived"),
    timedOut: count("timed-out"),
    noCoverage: count("no-coverage"),
    equivalent: count("equivalent"),
    errors: count("error"),
  };
}

/** Killed over every mutant that could have been killed (equivalent and erroring ones aside), in percent; null when there is none. */
export function mutationScore(counts: MutationCounts): number | null {
  const valid = counts.killed + counts.survived + counts.timedOut + counts.noCoverage;
  return valid === 0 ? null : Math.floor((counts.killed / valid) * 1000) / 10;
}

function outcomeOf(mutant: StrykerMutant): MutantOutcome {
  switch (mutant.status) {
    case "Killed":
      // vitest's own test timeout: nothing the harness reported.
      return /^Test timed out in/.test(mutant.statusReason ?? "") ? "timed-out" : "killed";
    case "Survived":
      return "survived";
    case "Timeout":
      return "timed-out";
    case "NoCoverage":
      return "no-coverage";
    case "Ignored":
      return "equivalent";
    default:
      return "error";
  }
}

/** "apiKeysToTable on memory roundTrip: …" -> "roundTrip"; a saved failure's test -> "corpus <id>". */
function invariantOf(testName: string): InvariantName | string {
  const invariant = / on \w+ (?:> )?(\w+): /.exec(testName)?.[1];
  if (invariant && isInvariantName(invariant)) return invariant;
  const saved = / corpus (?:> )?(\S+) replays /.exec(testName);
  return saved ? `corpus ${saved[1]}` : testName;
}

function slice(lines: string[], location: StrykerMutant["location"]): string {
  const { start, end } = location;
  if (lines.length === 0) return "";
  if (start.line === end.line) return (lines[start.line - 1] ?? "").slice(start.column - 1, end.column - 1);
  const middle = lines.slice(start.line, end.line - 1);
  return [(lines[start.line - 1] ?? "").slice(start.column - 1), ...middle, (lines[end.line - 1] ?? "").slice(0, end.column - 1)].join("\n");
}

/** Code on one line, long blocks cut: a report line, not a listing. */
function oneLine(code: string, max = 160): string {
  const flat = code.replace(/\s*\n\s*/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function firstLines(reason: string | undefined, count = 2): string | undefined {
  if (!reason) return undefined;
  // A failure's first lines name the invariant and what broke; redacted like every report.
  return redactText(reason.split("\n").map((l) => l.trim()).filter(Boolean).slice(0, count).join(" — "));
}

function relativeTo(root: string, file: string): string {
  return (isAbsolute(file) ? relative(root, file) : file).split("\\").join("/");
}
