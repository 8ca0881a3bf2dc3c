import { withExtraModules, type InvariantName } from "../../harness/index.js";
import { app } from "../app.js";

/**
 * One broken variant of a migration per entry, each a real, plausible bug,
 * and the invariant that must catch it. The broken functions live here, not
 * in convex/, so they can never ship; the app sees them as extra modules.
 */
export interface Fault {
  /** Module in suites/faults/<migration>/ that holds the broken functions. */
  module: string;
  migration: string;
  invariant: InvariantName;
  /** Which direction(s) the module replaces. */
  replaces: Array<"forward" | "rollback">;
  /** The bug, in one sentence, for the test name. */
  bug: string;
  /** Largest shrunk counterexample accepted (documents); shrinking must get it small. */
  maxDocuments: number;
}

export const faults: Fault[] = [
  { module: "apiKeysToTable/rollbackDeletesEveryRow", migration: "apiKeysToTable", invariant: "roundTrip", replaces: ["rollback"], bug: "a rollback that deletes apiKeys rows it did not create", maxDocuments: 3 },
  { module: "apiKeysToTable/reencryptsRow", migration: "apiKeysToTable", invariant: "idempotent", replaces: ["forward"], bug: "a forward pass that re-encrypts values that are already encrypted", maxDocuments: 3 },
  { module: "apiKeysToTable/skipsFirstOfPage", migration: "apiKeysToTable", invariant: "batchIndependent", replaces: ["forward"], bug: "a page's first document skipped after the first batch", maxDocuments: 3 },
  { module: "apiKeysToTable/countsProgressTwice", migration: "apiKeysToTable", invariant: "resumable", replaces: ["forward", "rollback"], bug: "progress counted twice when a batch is retried after a crash", maxDocuments: 8 },
  { module: "apiKeysToTable/retriesPageWithIssues", migration: "apiKeysToTable", invariant: "terminates", replaces: ["forward"], bug: "a page with an unparseable blob retried forever", maxDocuments: 3 },
  { module: "apiKeysToTable/stampsPreferences", migration: "apiKeysToTable", invariant: "targetValid", replaces: ["forward"], bug: "a number written into a v.record of strings, which convex-test accepts", maxDocuments: 3 },
  { module: "apiKeysToTable/dropsAnthropic", migration: "apiKeysToTable", invariant: "conserves", replaces: ["forward"], bug: "the anthropic key cleared but never copied", maxDocuments: 3 },
];

const modules = import.meta.glob("./*/*.ts");

/** The app plus every fault module, callable as "faults/<module>:<function>". */
export const faultApp = withExtraModules(
  app,
  Object.fromEntries(Object.entries(modules).map(([path, load]) => [`faults/${path.slice(2, -3)}`, load])),
);

export function faultFunction(fault: Fault, direction: "forward" | "rollback"): string {
  return `faults/${fault.module}:${direction}`;
}

export function faultName(fault: Fault): string {
  return `${fault.migration}_${fault.module.split("/")[1]}`;
}
