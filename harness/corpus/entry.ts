import { invariantNames, isInvariantName, type InvariantName } from "../model/invariantNames.js";
import type { BackendKind } from "../model/backend.js";
import type { Encoded } from "./codec.js";

/** Bumped when the file format changes in a way older harnesses cannot read. */
export const CORPUS_SCHEMA_VERSION = 1;

export type FoundBy = "fuzz" | "certify" | "snapshot" | "test";

/**
 * One saved failure: enough to check the same invariant on the same shrunk
 * case again. `case` is what a person reads (secret-looking values
 * redacted); when redaction changed nothing it is also exactly what is
 * replayed (`exact`). Otherwise the raw case comes from the gitignored vault
 * next to the corpus, or is regenerated from `seed` and `path` and checked
 * against `case` (see resolve.ts).
 */
export interface CorpusEntry {
  schemaVersion: number;
  /** The file's name without ".json": migration.invariant.backend.fingerprint. */
  id: string;
  migration: string;
  invariant: InvariantName;
  backend: BackendKind;
  /**
   * The spec file that declares the migration (relative to the project
   * root): the file that replays this entry, and whose tests the replay
   * command runs.
   */
  file?: string;
  /** fast-check seed and counterexample path; null for a case not drawn from a generator (snapshot). */
  seed: number | null;
  path: string | null;
  runs: number;
  shrinks: number;
  /** The failure's one-line summary, redacted. */
  summary: string;
  foundBy: FoundBy;
  /** ISO date and time. */
  foundAt: string;
  harnessVersion: string;
  case: { exact: boolean; dataset: Encoded; params: Encoded };
}

export type ParsedEntry =
  | { kind: "entry"; entry: CorpusEntry }
  /** Unreadable or inconsistent: a person must fix or delete the file. */
  | { kind: "corrupt"; reason: string }
  /** Written by an older harness: cannot be replayed, should be re-recorded or deleted. */
  | { kind: "outdated"; reason: string };

const BACKENDS = ["memory", "container", "external"];
const FOUND_BY = ["fuzz", "certify", "snapshot", "test"];

/** Reads one corpus file; never throws: problems are data naming what is wrong. */
export function parseCorpusEntry(text: string, fileName: string): ParsedEntry {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: "corrupt", reason: `not JSON: ${(error as Error).message}` };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { kind: "corrupt", reason: "not a JSON object" };
  const e = raw as Record<string, unknown>;
  if (typeof e.schemaVersion !== "number") return { kind: "corrupt", reason: "no schemaVersion" };
  if (e.schemaVersion < CORPUS_SCHEMA_VERSION) {
    return { kind: "outdated", reason: `schema version ${e.schemaVersion}, this harness reads ${CORPUS_SCHEMA_VERSION}` };
  }
  if (e.schemaVersion > CORPUS_SCHEMA_VERSION) {
    return { kind: "corrupt", reason: `schema version ${e.schemaVersion} is newer than this harness reads (${CORPUS_SCHEMA_VERSION}); update the harness` };
  }
  const problems: string[] = [];
  const need = (field: string, ok: boolean, what: string) => ok || problems.push(`\`${field}\` must be ${what}`);
  need("id", typeof e.id === "string" && `${e.id}.json` === fileName, `the file name without .json ("${fileName.replace(/\.json$/, "")}")`);
  need("migration", typeof e.migration === "string" && e.migration.length > 0, "a migration name");
  need("invariant", typeof e.invariant === "string" && isInvariantName(e.invariant), `one of ${invariantNames.join(", ")}`);
  need("backend", typeof e.backend === "string" && BACKENDS.includes(e.backend), BACKENDS.join(" | "));
  need("file", e.file === undefined || (typeof e.file === "string" && e.file.length > 0), "the spec file that declares the migration");
  need("seed", e.seed === null || Number.isInteger(e.seed), "an integer or null");
  need("path", e.path === null || typeof e.path === "string", "a string or null");
  need("foundBy", typeof e.foundBy === "string" && FOUND_BY.includes(e.foundBy), FOUND_BY.join(" | "));
  need("foundAt", typeof e.foundAt === "string" && !Number.isNaN(Date.parse(e.foundAt)), "an ISO date");
  const c = e.case as Record<string, unknown> | undefined;
  need("case", typeof c === "object" && c !== null && typeof c.exact === "boolean" && isDatasetLike(c.dataset), "{ exact, dataset: { tables }, params }");
  if (problems.length > 0) return { kind: "corrupt", reason: problems.join("; ") };
  return { kind: "entry", entry: raw as CorpusEntry };
}

function isDatasetLike(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  const tables = (value as { tables?: unknown }).tables;
  return tables !== null && typeof tables === "object" && Object.values(tables).every(Array.isArray);
}
