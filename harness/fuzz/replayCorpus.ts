import { checkMigration } from "../invariants/check.js";
import { invariants } from "../invariants/index.js";
import type { FailedResult } from "../model/result.js";
import type { CorpusEntry } from "../corpus/entry.js";
import type { MigrationSpec } from "../spec/types.js";
import { resolveCase } from "./resolveCase.js";

export type ReplayOutcome =
  | { status: "passed"; source: string; durationMs: number }
  | { status: "failed"; result: FailedResult; source: string }
  /** Cannot be replayed any more; says why and what to do. */
  | { status: "outdated"; reason: string }
  /** Names something this repository does not have: a person must fix or delete the file. */
  | { status: "corrupt"; reason: string };

export interface ReplayOptions {
  /** The corpus folder (for the vault). */
  dir: string;
  /** The command that replays this entry alone, put in the failure report. */
  command: string;
}

/**
 * Checks the entry's invariant once on its saved case, on the memory backend
 * (what `npm test` has). Returns data; the vitest glue decides to throw.
 */
export async function replayCorpusEntry(entry: CorpusEntry, spec: MigrationSpec, options: ReplayOptions): Promise<ReplayOutcome> {
  if (spec.fault && spec.fault.invariant !== entry.invariant) {
    return { status: "corrupt", reason: `"${entry.migration}" is a fault caught by ${spec.fault.invariant} only, not ${entry.invariant}` };
  }
  const notApplicable = invariants[entry.invariant].notApplicable(spec);
  if (notApplicable) return { status: "outdated", reason: `${entry.invariant} no longer applies to ${entry.migration}: ${notApplicable}` };
  const resolved = resolveCase(entry, spec, options.dir);
  if ("outdated" in resolved) return { status: "outdated", reason: resolved.outdated };
  const result = await checkMigration(spec, {
    invariant: entry.invariant,
    counterexample: { dataset: resolved.dataset, params: resolved.params },
  });
  if (result.status === "failed") {
    // Shown as found: the original seed and path, and the command that replays this file.
    const shown = { ...result, seed: entry.seed ?? result.seed, path: entry.path ?? "", replay: options.command };
    return { status: "failed", result: shown, source: resolved.source };
  }
  if (result.status === "passed") return { status: "passed", source: resolved.source, durationMs: result.durationMs };
  return { status: "outdated", reason: `${result.status}: ${result.reason}` };
}
