import type { References, ResolvedQuarantine } from "../../spec/integrityOptions.js";
import { stableStringify } from "../../snapshot/canonical.js";
import type { Snapshot, SnapshotDocument } from "../../model/snapshot.js";
import { referencesIn } from "./references.js";

/** A document of D that holds a reference to a document that does not exist. */
export interface Orphan {
  table: string;
  doc: SnapshotDocument;
  fields: string[];
}

/** What D looked like, reference-wise: the baseline every later state is held to. */
export interface Baseline {
  /** Ids that references in D point to and that named no document of D. */
  dangling: Set<string>;
  /** Ids of every document of D, with their table. */
  live: Map<string, string>;
  orphans: Orphan[];
}

/** A later state: live documents by id, and quarantined originals by their original id. */
export interface State {
  live: Map<string, { table: string; doc: SnapshotDocument }>;
  quarantined: Map<string, { table: string; document: Record<string, unknown> }>;
}

export function baselineOf(snapshot: Snapshot, references: References): Baseline {
  const live = new Map<string, string>();
  for (const [table, docs] of Object.entries(snapshot.tables)) for (const doc of docs) live.set(doc._id, table);
  const dangling = new Set<string>();
  const orphans: Orphan[] = [];
  for (const [table, docs] of Object.entries(snapshot.tables)) {
    for (const doc of docs) {
      const fields = referencesIn(doc, references[table]).filter(([, id]) => !live.has(id));
      for (const [, id] of fields) dangling.add(id);
      if (fields.length > 0) orphans.push({ table, doc, fields: fields.map(([field]) => field) });
    }
  }
  return { dangling, live, orphans };
}

export function stateOf(snapshot: Snapshot, quarantine: ResolvedQuarantine | undefined): State {
  const live: State["live"] = new Map();
  const quarantined: State["quarantined"] = new Map();
  for (const [table, docs] of Object.entries(snapshot.tables)) for (const doc of docs) live.set(doc._id, { table, doc });
  if (quarantine) {
    for (const row of snapshot.tables[quarantine.table] ?? []) {
      const originalId = row[quarantine.originalId];
      const document = row[quarantine.document];
      if (typeof originalId !== "string" || typeof document !== "object" || document === null) continue;
      quarantined.set(originalId, { table: String(row[quarantine.sourceTable]), document: document as Record<string, unknown> });
    }
  }
  return { live, quarantined };
}

/** A document's content without its system fields. */
export function contentOf(doc: Record<string, unknown>): Record<string, unknown> {
  const { _id, _creationTime, ...content } = doc;
  return content;
}

/**
 * A document's content, with every reference that resolves replaced by a
 * placeholder and dangling ones kept as they are (a deleted document's id is
 * never minted again): how a re-created orphan is recognised under its new id.
 */
export function orphanKey(table: string, doc: Record<string, unknown>, references: References, dangling: Set<string>): string {
  const content = contentOf(doc);
  for (const [field, id] of referencesIn(content, references[table])) if (!dangling.has(id)) content[field] = "<resolves>";
  return `${table}:${stableStringify(content)}`;
}
