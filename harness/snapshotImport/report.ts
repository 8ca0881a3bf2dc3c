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
