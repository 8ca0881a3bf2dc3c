import { compareKeys, type Key } from "./keys.js";
import type { Doc } from "./types.js";

export interface Entry {
  key: Key;
  doc: Doc;
}

/** A place between entries: `chunk`'s entry at `offset` comes next (ascending). */
export interface Position {
  chunk: number;
  offset: number;
}

/** Entries per chunk before it splits: small enough that a splice is cheap, large enough that chunks are few. */
const MAX_CHUNK = 128;

/**
 * One index of one table: entries sorted by key, in chunks of at most
 * MAX_CHUNK (a B+-tree of height two). Finding a key costs two binary
 * searches, O(log n); inserting or removing one splices a chunk, O(chunk),
 * and rarely the chunk list, O(n / chunk). Appending past the last key (every
 * insert into the creation-time index) only pushes.
 *
 * `version` changes whenever entries move, so that a reader holding a
 * Position knows when it must seek again.
 */
export class OrderedIndex {
  private chunks: Entry[][] = [];
  version = 0;
  size = 0;

  /** Builds an index from entries in any order. */
  static from(entries: Entry[]): OrderedIndex {
    const index = new OrderedIndex();
    entries.sort((a, b) => compareKeys(a.key, b.key));
    for (let i = 0; i < entries.length; i += MAX_CHUNK / 2) index.chunks.push(entries.slice(i, i + MAX_CHUNK / 2));
    index.size = entries.length;
    return index;
  }

  insert(entry: Entry): void {
    this.version++;
    this.size++;
    const last = this.chunks[this.chunks.length - 1];
    if (last === undefined) return void this.chunks.push([entry]);
    if (compareKeys(entry.key, last[last.length - 1].key) > 0) {
      last.push(entry);
      if (last.length > MAX_CHUNK) this.split(this.chunks.length - 1);
      return;
    }
    // Not past the last key, so some chunk holds a key after it.
    const at = this.seek((key) => compareKeys(key, entry.key) < 0);
    const chunk = this.chunks[at.chunk];
    chunk.splice(at.offset, 0, entry);
    if (chunk.length > MAX_CHUNK) this.split(at.chunk);
  }

  /** Removes the entry with exactly this key; false when there is none. */
  remove(key: Key): boolean {
    const at = this.find(key);
    if (at === null) return false;
    this.version++;
    this.size--;
    const chunk = this.chunks[at.chunk];
    chunk.splice(at.offset, 1);
    if (chunk.length === 0) this.chunks.splice(at.chunk, 1);
    return true;
  }

  /**
   * The first position whose entry is not `before`, for a predicate true on
   * a prefix of the entries and false after (e.g. "key < bound").
   */
  seek(before: (key: Key) => boolean): Position {
    const chunks = this.chunks;
    let lo = 0;
    let hi = chunks.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const chunk = chunks[mid];
      if (before(chunk[chunk.length - 1].key)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === chunks.length) return { chunk: lo, offset: 0 };
    const chunk = chunks[lo];
    let a = 0;
    let b = chunk.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (before(chunk[mid].key)) a = mid + 1;
      else b = mid;
    }
    return { chunk: lo, offset: a };
  }

  /** The entry at a position, or null past the end. */
  at(position: Position): Entry | null {
    return this.chunks[position.chunk]?.[position.offset] ?? null;
  }

  /** The position after `position` (ascending). */
  forward(position: Position): Position {
    const chunk = this.chunks[position.chunk];
    if (chunk !== undefined && position.offset + 1 < chunk.length) return { chunk: position.chunk, offset: position.offset + 1 };
    return { chunk: position.chunk + 1, offset: 0 };
  }

  /** The position before `position`, or null before the first entry. */
  backward(position: Position): Position | null {
    if (position.offset > 0) return { chunk: position.chunk, offset: position.offset - 1 };
    if (position.chunk === 0) return null;
    const previous = this.chunks[position.chunk - 1];
    return { chunk: position.chunk - 1, offset: previous.length - 1 };
  }

  /** Every entry in ascending order. */
  *entries(): IterableIterator<Entry> {
    for (const chunk of this.chunks) yield* chunk;
  }

  private find(key: Key): Position | null {
    const at = this.seek((k) => compareKeys(k, key) < 0);
    const entry = this.at(at);
    return entry !== null && compareKeys(entry.key, key) === 0 ? at : null;
  }

  private split(i: number): void {
    const chunk = this.chunks[i];
    this.chunks.splice(i + 1, 0, chunk.splice(chunk.length >> 1));
  }
}
