import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** One cell of the stack table: a step of one stack, and what it printed that matters. */
export interface StepResult {
  passed: boolean;
  detail: string;
}

export type StackResults = Record<string, { about: string; versions: Record<string, string>; steps: Record<string, StepResult> }>;

export const STEPS = ["install", "specs pass", "broken caught", "replay reproduces", "fuzz", "certify"] as const;

/** Adds a step's result to the table file (stacks the run did not build keep their last results, marked by date). */
export function recordStep(file: string, stack: string, about: string, versions: Record<string, string>, step: string, result: StepResult): void {
  const all: StackResults = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const entry = (all[stack] ??= { about, versions, steps: {} });
  entry.about = about;
  entry.versions = versions;
  entry.steps[step] = result;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
}

/** The stack table, one row per stack, one column per step. */
export function stackTable(results: StackResults): string {
  const rows = Object.entries(results).map(([name, r]) => {
    const versions = Object.entries(r.versions).map(([p, v]) => `${p} ${v}`).join(", ");
    return `| ${name} | ${versions} | ${STEPS.map((s) => (r.steps[s] ? (r.steps[s].passed ? "pass" : "FAIL") : "not run")).join(" | ")} |`;
  });
  return [`| stack | versions | ${STEPS.join(" | ")} |`, `|---|---|${STEPS.map(() => "---").join("|")}|`, ...rows].join("\n");
}
