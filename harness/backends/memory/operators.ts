import { evaluateFilter, type FilterExpression } from "./filterExpression.js";
import { note, type InterceptState } from "./measure/interceptState.js";
import type { Doc, Host, Operator, Pull, RangePlan } from "./types.js";

/**
 * A query's `.filter()` and `.limit()` operators over its source, the way
 * production applies them (with the backend's `convexFilters`, the default)
 * or the way convex-test does (without):
 *
 * - production: operators in the order the query chained them; filters
 *   compare values in Convex's total order; every document a filter rejects
 *   was scanned, so it counts as read (and against the limits) like the
 *   documents the query returns, and scanning stops where production stops
 *   (`.first()` at the first match).
 * - convex-test: every filter with its own comparisons, then the first limit;
 *   rejected documents are not counted.
 */
export function applyOperators(source: Pull, plan: Pick<RangePlan, "table" | "operators" | "native">, host: Host, state: InterceptState): Pull {
  if (!state.convexFilters) return nativeOperators(source, plan.native);
  if (plan.operators.length === 0) return source;
  return new ConvexOperators(source, plan.table, plan.operators, host, state);
}

function nativeOperators(source: Pull, native: RangePlan["native"]): Pull {
  let returned = 0;
  return {
    next() {
      while (native.limit === null || returned < native.limit) {
        const doc = source.next();
        if (doc === null) return null;
        if (native.filter(doc)) {
          returned++;
          return doc;
        }
      }
      return null;
    },
  };
}

class ConvexOperators implements Pull {
  /** Documents that reached each operator (limits stop the stream when theirs is full). */
  private readonly passed: number[];
  private done = false;

  constructor(
    private readonly source: Pull,
    private readonly table: string,
    private readonly operators: Operator[],
    private readonly host: Host,
    private readonly state: InterceptState,
  ) {
    this.passed = operators.map(() => 0);
  }

  next(): Doc | null {
    for (;;) {
      if (this.done || this.operators.some((o, i) => "limit" in o && this.passed[i] >= o.limit)) {
        this.done = true;
        return null;
      }
      const doc = this.source.next();
      if (doc === null) {
        this.done = true;
        return null;
      }
      if (this.passes(doc)) return doc;
      rejected(doc, this.host, this.state);
    }
  }

  private passes(doc: Doc): boolean {
    for (const [i, operator] of this.operators.entries()) {
      if ("filter" in operator && !keeps(operator.filter, doc, this.table, this.state)) return false;
      this.passed[i]++;
    }
    return true;
  }
}

/** Whether a filter keeps `doc` in Convex's order, noting where convex-test's order would decide otherwise. */
export function keeps(filter: FilterExpression, doc: Doc, table: string, state: InterceptState): boolean {
  const kept = evaluateFilter(filter, doc, "convex");
  if (kept !== evaluateFilter(filter, doc, "javascript")) {
    note(
      state,
      "filterOrder",
      `.filter() on ${table}: document ${doc._id} is ${kept ? "kept" : "dropped"} by Convex's ordering of values ` +
        `but would be ${kept ? "dropped" : "kept"} by convex-test's (a comparison across types or with a missing field)`,
    );
  }
  return kept;
}

/** A document a filter rejected was still scanned: production counts it as read. */
export function rejected(doc: Doc, host: Host, state: InterceptState): void {
  host.countRead(doc);
  if (state.recorder) state.recorder.filteredOut += 1;
}
