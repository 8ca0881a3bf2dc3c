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
  private readonly built = new Map<string, BuiltIndex>();
  /** Changes since the oldest open stream started; empty when none is open. */
  readonly log: Change[] = [];
  openStreams = 0;

  constructor(readonly name: string) {
    this.built.set(CREATION_FIELDS.join("\u0000"), { fields: CREATION_FIELDS, index: this.creation });
  }

  /** The index ordered by `fields`, built from the visible documents the first time it is asked for. */
  index(fields: string[]): OrderedIndex {
    const name = fields.join("\u0000");
    const existing = this.built.get(name);
    if (existing) return existing.index;
    const entries: Entry[] = [];
    for (const { doc } of this.creation.entries()) entries.push({ key: keyOf(doc, fields), doc });
    const index = OrderedIndex.from(entries);
    this.built.set(name, { fields, index });
    return index;
  }

  /** Applies one visible change to every built index. */
  apply(id: string, before: Doc | null, after: Doc | null): void {
    if (before === after) return;
    for (const { fields, index } of this.built.values()) {
      const was = before === null ? null : keyOf(before, fields);
      const now = after === null ? null : keyOf(after, fields);
      if (was !== null && now !== null && compareKeys(was, now) === 0) {
        const entry = index.get(was);
        if (entry === null) throw outOfStep(this.name, id);
        entry.doc = after!;
        continue;
      }
      if (was !== null && !index.remove(was)) throw outOfStep(this.name, id);
      if (now !== null) index.insert({ key: now, doc: after! });
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
