import { unzip } from "./unzip.js";
import type { SnapshotProblem } from "./report.js";

/** One line of a `<table>/documents.jsonl`, parsed. */
export interface ExportLine {
  line: number;
  value: Record<string, unknown>;
}

export interface ExportContents {
  /** Tables in the order `_tables/documents.jsonl` lists them (else folder order). */
  tables: Map<string, ExportLine[]>;
  problems: SnapshotProblem[];
  notes: string[];
  /** The archive could not be read at all: there is nothing to convert. */
  unreadable: boolean;
}

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads the ZIP `npx convex export` writes: `_tables/documents.jsonl` (one
 * `{ name, id }` per user table), `<table>/documents.jsonl` (one document per
 * line), `<table>/generated_schema.jsonl`, maybe `_storage/` and
 * `_components/`. Never throws: a bad archive, a table listed without its
 * documents or a line that is not a JSON object become problems.
 */
export function readExport(bytes: Uint8Array): ExportContents {
  const problems: SnapshotProblem[] = [];
  const notes: string[] = [];
  const tables = new Map<string, ExportLine[]>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzip(bytes);
  } catch (error) {
    problems.push({ kind: "zip", message: `not a readable ZIP archive: ${(error as Error).message}` });
    return { tables, problems, notes, unreadable: true };
  }
  const names = Object.keys(files);
  if (names.some((n) => n.startsWith("_storage/"))) notes.push("_storage/ (file storage) is not loaded: the harness seeds documents only");
  if (names.some((n) => n.startsWith("_components/"))) notes.push("_components/ (component tables) are not loaded: only the app's own tables");
  const folders = [...new Set(names.filter((n) => /^[^_/][^/]*\/documents\.jsonl$/.test(n)).map((n) => n.split("/")[0]))];
  let listed = folders;
  const tablesFile = files["_tables/documents.jsonl"];
  if (!tablesFile) {
    problems.push({ kind: "zip", message: "_tables/documents.jsonl is missing: is this a Convex snapshot export? Tables are taken from the folders" });
  } else {
    listed = [];
    for (const { line, value } of parseLines(text(tablesFile, "_tables/documents.jsonl", problems), "_tables", problems)) {
      if (typeof value.name === "string") listed.push(value.name);
      else problems.push({ kind: "table", table: "_tables", line, message: "a _tables line without a table name" });
    }
  }
  for (const table of listed) {
    const file = files[`${table}/documents.jsonl`];
    if (!file) {
      problems.push({ kind: "table", table, message: `_tables lists "${table}" but the archive has no ${table}/documents.jsonl` });
      continue;
    }
    tables.set(table, parseLines(text(file, `${table}/documents.jsonl`, problems), table, problems));
  }
  for (const table of folders.filter((f) => !listed.includes(f))) {
    problems.push({ kind: "table", table, message: `${table}/documents.jsonl is not listed in _tables/documents.jsonl; loaded anyway` });
    tables.set(table, parseLines(text(files[`${table}/documents.jsonl`], `${table}/documents.jsonl`, problems), table, problems));
  }
  return { tables, problems, notes, unreadable: false };
}

function text(bytes: Uint8Array, name: string, problems: SnapshotProblem[]): string {
  try {
    return decoder.decode(bytes);
  } catch {
    problems.push({ kind: "table", table: name.split("/")[0], message: `${name} is not UTF-8 text` });
    return "";
  }
}

function parseLines(content: string, table: string, problems: SnapshotProblem[]): ExportLine[] {
  const lines: ExportLine[] = [];
  content.split("\n").forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      const value = JSON.parse(raw) as unknown;
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new Error("not a JSON object");
      lines.push({ line: i + 1, value: value as Record<string, unknown> });
    } catch (error) {
      problems.push({ kind: "document", table, line: i + 1, message: `line is not a JSON object: ${(error as Error).message}` });
    }
  });
  return lines;
}
