import { note, type InterceptState } from "./measure/interceptState.js";
import { applyOperators } from "./operators.js";
import { paginateRange, recordPage } from "./paginate.js";
import { RangeStream } from "./stream.js";
import { TableState } from "./tables.js";
import type { Doc, Host, Operator, PageArgs, PageResult, Pull, RangePlan } from "./types.js";

/**
 * The indexed engine of one convex-test database: per-table ordered indexes
 * of the documents the running transaction sees, kept in step by the adapter
 * (which reports every visible change, pending writes, nested commits and
 * rollbacks included), answering index-range streams and pages from them
 * with the backend's `.filter()` corrections applied.
 */
export class DbEngine {
  private readonly tables = new Map<string, TableState>();
  /** Bumped when a top-level transaction ends: streams of an earlier one must not be read. */
  private generation = 0;

  constructor(
    private readonly host: Host,
    private readonly state: InterceptState,
  ) {}

  /** A document's visible version changed (null: absent). */
  changed(table: string, id: string, before: Doc | null, after: Doc | null): void {
    this.table(table).apply(id, before, after);
  }

  transactionEnded(): void {
    this.generation++;
    for (const table of this.tables.values()) table.transactionEnded();
  }

  /** A query stream over an index range: its documents as of now, operators applied. */
  openRange(plan: RangePlan): Pull {
    const generation = this.generation;
    const range = new RangeStream(this.table(plan.table), plan, () => this.generation === generation);
    const query = applyOperators(range, plan, this.host, this.state);
    return {
      next() {
        const doc = query.next();
        // A limit can end the query before the range: stop the range's change log either way.
        if (doc === null) range.close();
        return doc;
      },
    };
  }

  /** The operators over a stream convex-test evaluates itself (a search), when they need correcting. */
  applyOperators(table: string, operators: Operator[], source: Pull): Pull {
    return applyOperators(source, { table, operators, native: { filter: () => true, limit: null } }, this.host, this.state);
  }

  /**
   * A page convex-test paginated itself (a search): recorded for a measured
   * call; its filters' rejected documents are reported, since they cannot be
   * counted without re-running the search.
   */
  searchPage(table: string, operators: Operator[], result: PageResult): void {
    recordPage(this.state, table, result.page);
    if (this.state.convexFilters && operators.some((o) => "filter" in o)) {
      const message = `.filter() before .paginate() on a search of ${table}: the documents it rejected are not counted as read`;
      note(this.state, "uncountedReads", message);
      this.state.recorder?.uncounted.push(message);
    }
  }

  paginate(plan: RangePlan, args: PageArgs): PageResult {
    return paginateRange(this.table(plan.table).index(plan.fields), plan, args, this.host, this.state);
  }

  /** A table's visible documents in creation order (what a search or vector search walks). */
  *documents(table: string): IterableIterator<Doc> {
    for (const { doc } of this.table(table).creation.entries()) yield doc;
  }

  private table(name: string): TableState {
    let table = this.tables.get(name);
    if (table === undefined) {
      table = new TableState(name);
      this.tables.set(name, table);
    }
    return table;
  }
}
