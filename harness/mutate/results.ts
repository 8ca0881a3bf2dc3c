import type { MutantRecord, MutationCounts } from "./classify.js";

/**
 * How one migration's mutation run ended: every mutant tested; stopped at
 * the budget (the counts are of those tested); not run because its suite
 * fails without any mutant; StrykerJS failing; or not reached in the budget.
 */
export type MutationStatus = "complete" | "incomplete" | "red-suite" | "failed" | "not-run";

/** One migration's mutation testing: what was mutated, how, and what the suite saw. */
export interface MigrationMutation {
  migration: string;
  /** The spec file whose invariants ran against each mutant. */
  specFile: string;
  /** The files mutated, relative to the root. */
  files: string[];
  status: MutationStatus;
  /** Why it is not complete, in a sentence. */
  note?: string;
  /** Killed / (killed + survived + timed out + no coverage), in percent; null when nothing could be scored. */
  score: number | null;
  counts: MutationCounts;
  /** Every mutant; survivors, timeouts, uncovered and equivalent ones are listed in the summary. */
  mutants: MutantRecord[];
  /** Property runs per invariant against each mutant, and the base seed (invariant i checks with seed + i). */
  runs: number;
  seed: number;
  incremental: boolean;
  /** The source hash a certificate records (harness/cli/provenance.ts): a certificate shows this score only when its hash is this one. */
  sourceHash: string;
  commit: string;
  createdAt: string;
  durationMs: number;
  /** StrykerJS's HTML report of this migration, relative to the root, when it wrote one. */
  html: string | null;
  strykerVersion: string;
}

export interface MutationReport {
  schemaVersion: 1;
  /** By migration: a run of some migrations keeps the others' last results (each with its own source hash). */
  migrations: Record<string, MigrationMutation>;
}
