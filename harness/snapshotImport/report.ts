/** A problem with a snapshot export, as precise as it can be: the file, the line, the document. */
export interface SnapshotProblem {
  /** "zip": the archive itself; "table": a whole table; "document": one line of a documents.jsonl. */
  kind: "zip" | "table" | "document";
  table?: string;
  /** 1-based line in `<table>/documents.jsonl`. */
  line?: number;
  /** The document's _id in the export, when it has one. */
  id?: string;
  message: string;
}

export interface SnapshotTableReport {
  table: string;
  /** Documents found in the export. */
  documents: number;
  /** Documents seeded (the others are in `problems`). */
  imported: number;
}

/** What loading an export found: shown in the certificate, never thrown. */
export interface SnapshotImportReport {
  file: string;
  tables: SnapshotTableReport[];
  problems: SnapshotProblem[];
  /** Stand-ins seeded and deleted so that references to missing documents stay dangling, as in production. */
  danglingReferences: number;
  /** Parts of the export the harness does not load (file storage, components), with why. */
  notes: string[];
}

/**
 * The one count of a snapshot's problems, everywhere it is shown (console,
 * verdict, certificate): every problem is something of the export that was
 * not loaded. Notes (a table the export does not have) are not problems.
 */
export function problemCount(report: SnapshotImportReport): number {
  return report.problems.length;
}

/** Whether the archive itself could not be read: then nothing was loaded and no check ran on it. */
export function unreadable(report: SnapshotImportReport): boolean {
  return report.problems.some((p) => p.kind === "zip");
}

/** The report of a snapshot whose loader reported nothing (it never ran). */
export function emptyImport(file: string): SnapshotImportReport {
  return { file, tables: [], problems: [{ kind: "zip", message: "the snapshot was never loaded (see the errors)" }], danglingReferences: 0, notes: [] };
}
