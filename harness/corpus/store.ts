import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { HARNESS_VERSION } from "../model/version.js";
import { redactText, redactValue, secretsOfDataset, type SecretFields } from "../model/redact.js";
import type { FailedResult } from "../model/result.js";
import { fingerprint, stableStringify } from "../model/stable.js";
import { decodeValue, encodeValue, type Encoded } from "./codec.js";
import { CORPUS_SCHEMA_VERSION, parseCorpusEntry, type CorpusEntry, type FoundBy, type ParsedEntry } from "./entry.js";

/** Where raw cases live when redaction changed them: gitignored, never shown, never committed. */
export const VAULT_DIR = ".vault";

export { HARNESS_VERSION };

export interface SaveOptions {
  foundBy: FoundBy;
  /** The spec file that declares the migration, relative to the project root. */
  file?: string;
  /** The spec's secret fields: redacted whole in the committed file. */
  secrets?: SecretFields;
  now?: Date;
}

export interface SavedFailure {
  id: string;
  file: string;
  /** False when the same case was already in the corpus. */
  created: boolean;
  /** Whether the committed file alone replays the case (nothing had to be redacted). */
  exact: boolean;
}

/**
 * Writes a failure to the corpus as `<id>.json`. The id fingerprints the raw
 * case, so the same shrunk counterexample found twice is one file. When
 * redaction changed the case, the raw case goes to `.vault/<id>.json`
 * (gitignored) and the committed file keeps the seed and path that
 * regenerate it.
 */
export function saveFailure(dir: string, result: FailedResult, options: SaveOptions): SavedFailure {
  const raw = { dataset: encodeValue(result.dataset), params: encodeValue(result.params) };
  const redaction = secretsOfDataset(result.dataset as never, options.secrets);
  const shown = redactValue(raw, redaction);
  const exact = stableStringify(shown) === stableStringify(raw);
  const id = `${result.migration}.${result.invariant}.${result.backend}.${fingerprint(stableStringify(raw))}`;
  const file = join(dir, `${id}.json`);
  const created = !existsSync(file);
  const entry: CorpusEntry = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    id,
    migration: result.migration,
    invariant: result.invariant,
    backend: result.backend,
    ...(options.file ? { file: options.file } : {}),
    seed: options.foundBy === "snapshot" ? null : result.seed,
    path: options.foundBy === "snapshot" ? null : result.path,
    runs: result.runs,
    shrinks: result.shrinks,
    summary: redactText(result.failure.summary, redaction),
    foundBy: options.foundBy,
    foundAt: (options.now ?? new Date()).toISOString(),
    harnessVersion: HARNESS_VERSION,
    case: { exact, dataset: shown.dataset, params: shown.params },
  };
  mkdirSync(dir, { recursive: true });
  // The first finding is kept: its date says since when the bug is known.
  if (created) writeFileSync(file, JSON.stringify(entry, null, 2) + "\n");
  if (!exact) {
    mkdirSync(join(dir, VAULT_DIR), { recursive: true });
    writeFileSync(join(dir, VAULT_DIR, `${id}.json`), JSON.stringify(raw) + "\n");
  }
  return { id, file, created, exact };
}

export interface CorpusFile {
  name: string;
  parsed: ParsedEntry;
}

/** Every `*.json` of the corpus, parsed; unreadable files are reported, not thrown. */
export function readCorpus(dir: string): CorpusFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => {
      try {
        return { name, parsed: parseCorpusEntry(readFileSync(join(dir, name), "utf8"), name) };
      } catch (error) {
        return { name, parsed: { kind: "corrupt" as const, reason: `unreadable: ${(error as Error).message}` } };
      }
    });
}

/** The raw case of an entry from the vault, or null when this machine has none. */
export function readVault(dir: string, id: string): { dataset: unknown; params: unknown } | null {
  const file = join(dir, VAULT_DIR, `${id}.json`);
  if (!existsSync(file)) return null;
  try {
    const raw = JSON.parse(readFileSync(file, "utf8")) as { dataset: Encoded; params: Encoded };
    return { dataset: decodeValue(raw.dataset), params: decodeValue(raw.params) };
  } catch {
    return null;
  }
}
