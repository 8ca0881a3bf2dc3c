import { compareKeys, keyOf } from "./keys.js";
import { OrderedIndex, type Entry } from "./orderedIndex.js";
import type { Doc } from "./types.js";

/** The creation-time index's order, which is also a table scan's (creation times are unique per database). */
export const CREATION_FIELDS = ["_creationTime", "_id"];

/** A visible change to one document: what it was before (null: it did not exist). */
export interface Change {
  id: string;
  before: Doc | null;
}

interface BuiltIndex {
  fields: string[];
  index: OrderedIndex;
  /** Each document's entry: a patch that keeps the key only swaps the entry's document. */
  byId: Map<string, Entry>;
}

/**
 * One table of one convex-test database, as the engine sees it: the
 * documents visible to the running transaction (committed ones overlaid by
 * its pending writes) in the creation-time index, which every table has, and
 * in each other index a query has used, built on first use and kept in step
 * with every change from then on.
 *
 * While a query stream over the table is open, each change is also logged
 * with the document's previous version, so that the stream can keep
 * answering from the table as it was when it started (see stream.ts).
 */
export class TableState {
  readonly creation = new OrderedIndex();
  private readonly built = new Map<string, BuiltIndex>([[CREATION_FIELDS.join("\u0000"), { fields: CREATION_FIELDS, index: this.creation, byId: new Map() }]]);
  /** Changes since the oldest open stream started; empty when none is open. */
  readonly log: Change[] = [];
  openStreams = 0;

  constructor(readonly name: string) {}

  /** The index ordered by `fields`, built from the visible documents the first time it is asked for. */
  index(fields: string[]): OrderedIndex {
    const name = fields.join("\u0000");
    const existing = this.built.get(name);
    if (existing) return existing.index;
    const byId = new Map<string, Entry>();
    for (const { doc } of this.creation.entries()) byId.set(doc._id, { key: keyOf(doc, fields), doc });
    const index = OrderedIndex.from([...byId.values()]);
    this.built.set(name, { fields, index, byId });
    return index;
  }

  /** Applies one visible change to every built index. */
  apply(id: string, before: Doc | null, after: Doc | null): void {
    if (before === after) return;
    for (const { fields, index, byId } of this.built.values()) {
      const entry = byId.get(id);
      if ((entry === undefined) !== (before === null)) throw outOfStep(this.name, id);
      const key = after === null ? null : keyOf(after, fields);
      if (entry !== undefined && key !== null && compareKeys(entry.key, key) === 0) {
        entry.doc = after!;
        continue;
      }
      if (entry !== undefined && !index.remove(entry.key)) throw outOfStep(this.name, id);
      if (key === null) {
        byId.delete(id);
        continue;
      }
      const fresh = { key, doc: after! };
      index.insert(fresh);
      byId.set(id, fresh);
    }
    if (this.openStreams > 0) this.log.push({ id, before });
  }

  streamOpened(): number {
    this.openStreams++;
    return this.log.length;
  }

  streamClosed(): void {
    this.openStreams--;
    if (this.openStreams === 0) this.log.length = 0;
  }

  /** The transaction ended: no stream of it may read on. */
  transactionEnded(): void {
    this.openStreams = 0;
    this.log.length = 0;
  }
}

function outOfStep(table: string, id: string): Error {
  return new Error(`memory engine: the index of ${table} is out of step with convex-test's documents (document ${id}); this is a harness bug`);
}
