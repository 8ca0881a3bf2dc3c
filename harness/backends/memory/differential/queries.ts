import { compareValues, type Value } from "convex/values";
import { patchValue, type CursorChoice, type FilterAst, type LoopWrite, type Op, type Range, type RangeValue, type SourceSpec, type Terminal } from "./workload.js";

/** The ids and cursors a function can refer to. */
export interface Known {
  ids: string[];
  cursors: string[];
}

/** A filter operator or a limit, in the order a query chains them. */
type Step = { filter: FilterAst } | { limit: number };

/** A `query` or `paginate` operation: with real `.filter()`s, or (oracle) evaluated here over the unfiltered query. */
export async function runQueryOp(ctx: any, op: Extract<Op, { query: unknown } | { paginate: unknown }>, known: Known, oracle: boolean): Promise<unknown> {
  if ("paginate" in op) {
    const query = await source(ctx, op.paginate, known, true);
    const opts: Record<string, unknown> = { numItems: op.numItems, cursor: cursorOf(op.cursor, known) };
    if (op.endCursor !== undefined) opts.endCursor = cursorOf(op.endCursor, known);
    if (op.maximumRowsRead !== undefined) opts.maximumRowsRead = op.maximumRowsRead;
    return query.paginate(opts);
  }
  const spec = op.query;
  const steps: Step[] = [...(spec.limit !== undefined ? [{ limit: spec.limit }] : []), ...spec.filters.map((filter) => ({ filter }))];
  if (!oracle || steps.length === 0) return terminate(ctx, spec.table, await source(ctx, spec, known, true), op.terminal);
  return oracleQuery(ctx, spec.table, await source(ctx, spec, known, false), [...steps, ...terminalLimit(op.terminal)], op.terminal);
}

export async function runSearchOp(ctx: any, search: Extract<Op, { search: unknown }>["search"], oracle: boolean): Promise<unknown> {
  const base = ctx.db.query(search.table).withSearchIndex("search", (q: any) => {
    const s = q.search("c", search.term);
    return search.a !== undefined ? s.eq("a", search.a) : s;
  });
  if (!oracle || search.filters.length === 0) return filtered(base, search.filters).take(search.take);
  return oracleQuery(ctx, search.table, base, [...search.filters.map((filter) => ({ filter })), { limit: search.take }], { take: search.take });
}

async function source(ctx: any, spec: SourceSpec, known: Known, withOperators: boolean): Promise<any> {
  let query = ctx.db.query(spec.table);
  if (spec.index !== null) {
    const fields = await resolveRange(ctx, spec.range, known);
    query = query.withIndex(spec.index, (q: any) => {
      let r = q;
      fields.eq.forEach((value, i) => (r = r.eq(spec.rangeFields[i], value)));
      const field = spec.rangeFields[fields.eq.length];
      if (fields.lower) r = r[fields.lower.op](field, fields.lower.value);
      if (fields.upper) r = r[fields.upper.op](field, fields.upper.value);
      return r;
    });
  }
  query = query.order(spec.order);
  if (!withOperators) return query;
  if (spec.limit !== undefined) query = query.limit(spec.limit);
  return filtered(query, spec.filters);
}

function filtered(query: any, filters: FilterAst[]): any {
  return filters.reduce((q, ast) => q.filter((f: any) => buildFilter(f, ast)), query);
}

async function resolveRange(ctx: any, range: Range, known: Known) {
  const value = async (v: RangeValue): Promise<unknown> => {
    const id = known.ids.length === 0 ? null : "creationTimeOf" in v ? known.ids[v.creationTimeOf % known.ids.length] : "idOf" in v ? known.ids[v.idOf % known.ids.length] : null;
    if ("value" in v) return v.value;
    if ("idOf" in v) return id ?? "";
    return id === null ? 0 : ((await ctx.db.get(id))?._creationTime ?? 0);
  };
  const eq = await Promise.all(range.eq.map(value));
  const lower = range.lower && { op: range.lower.op, value: await value(range.lower.value) };
  const upper = range.upper && { op: range.upper.op, value: await value(range.upper.value) };
  return { eq, lower, upper };
}

function cursorOf(choice: CursorChoice, known: Known): string | null {
  if (choice === null || choice === "_end_cursor") return choice;
  return known.cursors.length === 0 ? null : known.cursors[choice.cursorRef % known.cursors.length];
}

function buildFilter(q: any, ast: FilterAst): any {
  if ("cmp" in ast) return q[ast.cmp](q.field(ast.field), ast.value);
  if ("and" in ast) return q.and(buildFilter(q, ast.and[0]), buildFilter(q, ast.and[1]));
  if ("or" in ast) return q.or(buildFilter(q, ast.or[0]), buildFilter(q, ast.or[1]));
  return q.not(buildFilter(q, ast.not));
}

async function terminate(ctx: any, table: string, query: any, terminal: Terminal): Promise<unknown> {
  if (terminal === "collect") return query.collect();
  if (terminal === "first") return query.first();
  if (terminal === "unique") return query.unique();
  if ("take" in terminal) return query.take(terminal.take);
  const seen: unknown[] = [];
  for await (const doc of query) {
    seen.push(doc);
    await loopWrite(ctx, table, doc, terminal.write);
    if (seen.length >= terminal.iterate) break;
  }
  return seen;
}

function terminalLimit(terminal: Terminal): Step[] {
  if (terminal === "collect" || (typeof terminal === "object" && "iterate" in terminal)) return [];
  return [{ limit: terminal === "first" ? 1 : terminal === "unique" ? 2 : terminal.take }];
}

/** Production's evaluation of a query's operators, over the unfiltered stream: every document pulled is read. */
async function oracleQuery(ctx: any, table: string, query: any, steps: Step[], terminal: Terminal): Promise<unknown> {
  const passed = steps.map(() => 0);
  const out: any[] = [];
  const full = () => steps.some((s, i) => "limit" in s && passed[i] >= s.limit);
  const iterate = typeof terminal === "object" && "iterate" in terminal ? terminal : null;
  // Starting the iteration starts the query (one index range), even when a limit of 0 reads nothing.
  const documents = query[Symbol.asyncIterator]();
  try {
    while (!full()) {
      const { value: doc, done } = await documents.next();
      if (done) break;
      if (!steps.every((s, i) => ("filter" in s && !holds(s.filter, doc) ? false : (passed[i]++, true)))) continue;
      out.push(doc);
      if (iterate) await loopWrite(ctx, table, doc, iterate.write);
      if (iterate && out.length >= iterate.iterate) break;
    }
  } finally {
    await documents.return?.();
  }
  if (terminal === "first") return out[0] ?? null;
  if (terminal === "unique") {
    if (out.length === 2) throw new Error(`unique() query returned more than one result from table ${table}:\n [${out[0]._id}, ${out[1]._id}, ...]`);
    return out[0] ?? null;
  }
  return out;
}

async function loopWrite(ctx: any, table: string, doc: any, write: LoopWrite | undefined): Promise<void> {
  if (write === undefined) return;
  if (write === "delete") return ctx.db.delete(doc._id);
  if ("patch" in write) return ctx.db.patch(doc._id, patchValue(write.patch));
  await ctx.db.insert(table, { ...write.insert, c: write.insert.c ?? "" });
}

/** The oracle's filter: Convex's total order over values (compareValues), written independently of the engine's. */
function holds(ast: FilterAst, doc: any): boolean {
  if ("and" in ast) return holds(ast.and[0], doc) && holds(ast.and[1], doc);
  if ("or" in ast) return holds(ast.or[0], doc) || holds(ast.or[1], doc);
  if ("not" in ast) return !holds(ast.not, doc);
  let value = doc;
  for (const part of ast.field.split(".")) value = value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof ArrayBuffer) ? value[part] : undefined;
  const c = compareValues(value as Value, ast.value as Value);
  return { eq: c === 0, neq: c !== 0, lt: c < 0, lte: c <= 0, gt: c > 0, gte: c >= 0 }[ast.cmp];
}
