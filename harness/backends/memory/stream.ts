import { compareKeys, inRange, keyOf, type Key } from "./keys.js";
import type { Entry, OrderedIndex, Position } from "./orderedIndex.js";
import { pastEnd, startOf, step } from "./range.js";
import type { TableState } from "./tables.js";
import type { Doc, Pull, RangePlan } from "./types.js";

/**
 * The documents of an index range, in query order, as they were when the
 * stream started: convex-test evaluates a query stream when it starts, so
 * writes the function makes while iterating (patching each document it
 * reads, say) must not show in the stream. Pulling is lazy, O(log n) to
 * start and O(1) per document while the index does not change.
 *
 * The stream walks the live index, skipping every document changed since it
 * started, and merges in those documents' versions from before the change
 * (the table logs them while a stream is open) where they fall in the range
 * ahead of it.
 */
export class RangeStream implements Pull {
  private readonly index: OrderedIndex;
  private readonly asc: boolean;
  private logRead: number;
  /** Documents changed since the start, with their version at the start (null: absent then). */
  private readonly changed = new Map<string, Doc | null>();
  /** Start-time versions still ahead of the stream, in query order; consumed from `extraAt`. */
  private readonly extras: Entry[] = [];
  private extraAt = 0;
  /** Key of the last document the stream returned. */
  private last: Key | null = null;
  /** The live index's next position, valid while its version is `version`; null when passed over the end. */
  private position: Position | null = null;
  private version = -1;
  private lastLive: Key | null = null;
  private open = true;

  constructor(
    private readonly table: TableState,
    private readonly plan: RangePlan,
    private readonly isCurrent: () => boolean,
  ) {
    this.index = table.index(plan.fields);
    this.asc = plan.order === "asc";
    this.logRead = table.streamOpened();
  }

  next(): Doc | null {
    if (!this.open) return null;
    if (!this.isCurrent()) throw new Error("memory engine: a query stream was read after its transaction ended");
    this.catchUp();
    const live = this.peekLive();
    const extra = this.extras[this.extraAt] ?? null;
    const fromExtras = extra !== null && (live === null || this.before(extra.key, live.key));
    const next = fromExtras ? extra : live;
    if (next === null) {
      this.close();
      return null;
    }
    if (fromExtras) this.extraAt++;
    else this.passLive(next);
    this.last = next.key;
    return next.doc;
  }

  /** Stops logging for this stream (it was exhausted, or its transaction ended). */
  close(): void {
    if (!this.open) return;
    this.open = false;
    if (this.isCurrent()) this.table.streamClosed();
  }

  /** Takes in the changes logged since the last pull. */
  private catchUp(): void {
    const log = this.table.log;
    for (; this.logRead < log.length; this.logRead++) {
      const { id, before } = log[this.logRead];
      if (this.changed.has(id)) continue;
      this.changed.set(id, before);
      if (before === null) continue;
      const key = keyOf(before, this.plan.fields);
      if (!inRange(key, this.plan.lower, this.plan.upper)) continue;
      if (this.last !== null && !this.before(this.last, key)) continue;
      this.insertExtra({ key, doc: before });
    }
  }

  private insertExtra(entry: Entry): void {
    let lo = this.extraAt;
    let hi = this.extras.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.before(this.extras[mid].key, entry.key)) lo = mid + 1;
      else hi = mid;
    }
    this.extras.splice(lo, 0, entry);
  }

  /** The next live entry in range that has not changed since the start, passing over changed ones. */
  private peekLive(): Entry | null {
    if (this.version !== this.index.version) {
      // Entries moved: find the place again, just past the last live entry passed.
      this.position = startOf(this.index, this.plan, this.lastLive);
      this.version = this.index.version;
    }
    for (;;) {
      const entry = this.position === null ? null : this.index.at(this.position);
      if (entry === null || pastEnd(entry.key, this.plan)) return null;
      if (!this.changed.has(entry.doc._id)) return entry;
      this.passLive(entry);
    }
  }

  private passLive(entry: Entry): void {
    this.lastLive = entry.key;
    this.position = step(this.index, this.position!, this.plan);
  }

  /** Whether key `a` comes before key `b` in query order. */
  private before(a: Key, b: Key): boolean {
    const c = compareKeys(a, b);
    return this.asc ? c < 0 : c > 0;
  }
}
