import fc from "fast-check";
import { cursor, doc, patchFields, ref, sourceSpec, tableSpec, terminal } from "./arbitraries.js";
import type { Op, Program, Step, TableSpec, Terminal } from "./workload.js";

/**
 * Whole programs: one or two tables with random indexes, a first step that
 * inserts a handful of documents, then mutations (some nested, some that
 * throw) and queries. `oracle: true` draws programs the oracle can judge:
 * `.paginate()` only in steps of its own, with equality filters (see
 * oraclePage.ts).
 */
export function program({ oracle }: { oracle: boolean }): fc.Arbitrary<Program> {
  return fc
    .integer({ min: 1, max: 2 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tableSpec(`t${i}`))))
    .chain((tables) =>
      fc.record({
        tables: fc.constant(tables),
        steps: fc
          .tuple(fc.array(insertOp(tables), { minLength: 5, maxLength: 25 }), fc.array(step(tables, oracle), { minLength: 2, maxLength: 10 }))
          .map(([inserts, rest]) => [{ kind: "mutation" as const, ops: inserts }, ...rest]),
      }),
    );
}

function step(tables: TableSpec[], oracle: boolean): fc.Arbitrary<Step> {
  const mutation = fc.record({
    kind: fc.constant("mutation" as const),
    ops: fc.array(writeOrRead(tables, oracle, true), { minLength: 1, maxLength: 6 }),
    // One mutation in ten throws after its operations: all of its writes roll back.
    throws: fc.nat({ max: 9 }).map((roll) => roll === 0),
  });
  const query = fc.record({ kind: fc.constant("query" as const), ops: fc.array(readOp(tables, oracle, true), { minLength: 1, maxLength: 4 }) });
  const arbitraries = [{ weight: 6, arbitrary: mutation as fc.Arbitrary<Step> }, { weight: 2, arbitrary: query as fc.Arbitrary<Step> }];
  if (oracle) arbitraries.push({ weight: 2, arbitrary: pageStep(tables) });
  return fc.oneof(...arbitraries);
}

function insertOp(tables: TableSpec[]): fc.Arbitrary<Op> {
  return fc.record({ insert: fc.record({ table: fc.constantFrom(...tables.map((t) => t.name)), doc }) });
}

function writeOrRead(tables: TableSpec[], oracle: boolean, nesting: boolean): fc.Arbitrary<Op> {
  const writes: Array<fc.Arbitrary<Op>> = [
    insertOp(tables),
    fc.record({ patch: fc.record({ ref, fields: patchFields }) }),
    fc.record({ replace: fc.record({ ref, doc }) }),
    fc.record({ delete: fc.record({ ref }) }),
    fc.record({ query: sourceSpec(tables, false, true), terminal }),
  ];
  const nested: Array<fc.Arbitrary<Op>> = nesting
    ? [
        fc.record({ nested: fc.array(writeOrRead(tables, oracle, false), { minLength: 1, maxLength: 4 }) }),
        fc.record({ nestedThrows: fc.array(writeOrRead(tables, oracle, false), { minLength: 1, maxLength: 4 }) }),
        fc.record({ staleQuery: fc.array(readOp(tables, oracle, false), { minLength: 1, maxLength: 3 }) }),
      ]
    : [];
  return fc.oneof(...writes, ...nested, readOp(tables, oracle, nesting));
}

function readOp(tables: TableSpec[], oracle: boolean, nesting: boolean): fc.Arbitrary<Op> {
  const readTerminal = terminal.filter((t: Terminal) => typeof t !== "object" || !("iterate" in t) || t.write === undefined);
  const reads: Array<fc.Arbitrary<Op>> = [fc.record({ get: fc.record({ ref }) }), fc.record({ query: sourceSpec(tables, false, true), terminal: readTerminal })];
  if (!oracle) reads.push(paginateOp(tables, false));
  const searchable = tables.filter((t) => t.search);
  if (searchable.length > 0) {
    reads.push(
      fc.record({
        search: fc.record(
          {
            table: fc.constantFrom(...searchable.map((t) => t.name)),
            term: fc.constantFrom("alpha", "beta", "gam", "delta", "zeta"),
            a: fc.option(fc.constantFrom<unknown>(null, 1, "x", true), { nil: undefined, freq: 3 }),
            take: fc.integer({ min: 1, max: 4 }),
            filters: sourceSpec(searchable, false, false).map((s) => s.filters),
          },
          { requiredKeys: ["table", "term", "take", "filters"] },
        ),
      }),
    );
  }
  if (nesting) reads.push(fc.record({ nestedQuery: fc.array(readOp(tables, oracle, false), { minLength: 1, maxLength: 3 }) }));
  return fc.oneof(...reads);
}

function paginateOp(tables: TableSpec[], equalityOnly: boolean): fc.Arbitrary<Op> {
  return fc.record(
    {
      paginate: sourceSpec(tables, equalityOnly, false),
      numItems: fc.integer({ min: equalityOnly ? 1 : 0, max: 4 }),
      cursor,
      endCursor: equalityOnly ? fc.constant(undefined) : fc.option(cursor, { nil: undefined, freq: 6 }),
      maximumRowsRead: equalityOnly ? fc.constant(undefined) : fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined, freq: 6 }),
    },
    { requiredKeys: ["paginate", "numItems", "cursor"] },
  );
}

/** A query step that only pages, with at least one equality filter: what the oracle can count. */
function pageStep(tables: TableSpec[]): fc.Arbitrary<Step> {
  const op = paginateOp(tables, true).filter((o) => "paginate" in o && o.paginate.filters.length > 0);
  return op.map((o) => ({ kind: "query" as const, ops: [o] }));
}
