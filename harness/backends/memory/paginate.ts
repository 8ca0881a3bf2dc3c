import type { Value } from "convex/values";
import { convexToJson } from "./convexTest/index.js";
import type { InterceptState } from "./measure/interceptState.js";
import { compareKeys } from "./keys.js";
import { keeps, rejected } from "./operators.js";
import type { OrderedIndex } from "./orderedIndex.js";
import { pastEnd, startOf, step } from "./range.js";
import type { Doc, Host, PageArgs, PageResult, RangePlan } from "./types.js";

const END_CURSOR = "_end_cursor";

/**
 * `.paginate()` over an index range, answering exactly what convex-test's
 * paginate answers (the same page, cursors, split cursor and page status,
 * including its quirks: an `endCursor` lifts the page size), but starting at
 * the cursor instead of scanning the range from its start: O(log n + page).
 *
 * With the backend's `convexFilters`, filters compare in Convex's order and
 * every document they reject counts as read, as in production.
 */
export function paginateRange(index: OrderedIndex, plan: RangePlan, args: PageArgs, host: Host, state: InterceptState): PageResult {
  const { result, read, rowsRead } = scan(index, plan, args, host, state);
  // A page that had to stop, or scanned well past its size, proposes where to split it: its middle document read.
  if (result.pageStatus === "SplitRequired" && read.length >= 2) {
    result.splitCursor = host.encodeCursor(read[(read.length - 1) >> 1], plan.fields);
  } else if (result.pageStatus === null && rowsRead > args.pageSize + 1 && read.length >= 2) {
    result.pageStatus = "SplitRecommended";
    result.splitCursor = host.encodeCursor(read[(read.length - 1) >> 1], plan.fields);
  }
  recordPage(state, plan.table, result.page);
  return result;
}

/** A measured call keeps the pages it read: what each batch processed. */
export function recordPage(state: InterceptState, table: string, page: Doc[]): void {
  if (!state.recorder) return;
  const documents = page.map((d) => convexToJson(d as Value) as Record<string, unknown>);
  state.recorder.pages.push({ table, ids: page.map((d) => d._id), documents });
}

interface Scan {
  result: PageResult;
  read: Doc[];
  rowsRead: number;
}

function scan(index: OrderedIndex, plan: RangePlan, args: PageArgs, host: Host, state: InterceptState): Scan {
  const { cursor, endCursor, pageSize, maximumRowsRead, maximumBytesRead } = args;
  const result: PageResult = { page: [], isDone: true, continueCursor: END_CURSOR, splitCursor: null, pageStatus: null };
  const read: Doc[] = [];
  // convex-test skips every document when handed the end cursor.
  if (cursor === END_CURSOR) return { result, read, rowsRead: 0 };
  const after = cursor ? host.decodeCursor(cursor) : null;
  const end = endCursor && endCursor !== END_CURSOR ? host.decodeCursor(endCursor) : null;
  const multiplier = plan.order === "asc" ? 1 : -1;
  const filter = state.convexFilters ? convexFilter(plan, host, state) : plan.native.filter;
  let rowsRead = 0;
  let bytesRead = 0;
  let position = startOf(index, plan, after);
  let entry = position === null ? null : index.at(position);
  while (entry !== null && !pastEnd(entry.key, plan)) {
    const doc = entry.doc;
    position = step(index, position!, plan);
    const following = position === null ? null : index.at(position);
    const isLast = following === null || pastEnd(following.key, plan);
    if (end !== null) {
      const c = compareKeys(entry.key, end) * multiplier;
      if (c >= 0) {
        // At the end cursor: that document is part of the page; past it: stop.
        if (c === 0) {
          rowsRead++;
          read.push(doc);
          if (filter(doc)) result.page.push(doc);
          result.continueCursor = host.encodeCursor(doc, plan.fields);
        }
        break;
      }
    }
    rowsRead++;
    bytesRead += host.sizeOf(doc);
    read.push(doc);
    const hitLimit = (!!maximumRowsRead && rowsRead >= maximumRowsRead) || (!!maximumBytesRead && bytesRead >= maximumBytesRead);
    if (filter(doc)) result.page.push(doc);
    if (hitLimit) {
      result.pageStatus = "SplitRequired";
      result.continueCursor = host.encodeCursor(doc, plan.fields);
      break;
    }
    if (!endCursor && result.page.length >= pageSize) {
      if (!isLast) result.continueCursor = host.encodeCursor(doc, plan.fields);
      break;
    }
    entry = following;
  }
  result.isDone = result.continueCursor === END_CURSOR;
  return { result, read, rowsRead };
}

/** Every filter of the query in Convex's order; a rejected document was scanned, so it is counted as read. */
function convexFilter(plan: RangePlan, host: Host, state: InterceptState): (doc: Doc) => boolean {
  const filters = plan.operators.flatMap((o) => ("filter" in o ? [o.filter] : []));
  return (doc) => {
    for (const filter of filters) {
      if (!keeps(filter, doc, plan.table, state)) {
        rejected(doc, host, state);
        return false;
      }
    }
    return true;
  };
}
