import fc from "fast-check";
import { UNSET, type CursorChoice, type FilterAst, type Fields, type Op, type Program, type SourceSpec, type Step, type TableSpec, type Terminal } from "./workload.js";

/**
 * Random programs for the differential test: small value domains, so that
 * documents collide on index keys and filters compare across types (Convex's
 * order: null < int64 < float64 < boolean < string < bytes < array < object).
 */
const aValue = fc.constantFrom<unknown>(null, 0, 1, 2.5, -1, "x", "y", "", true, false, 3n, [1], { k: 1 }, new Uint8Array([1, 2]).buffer);
const bValue = fc.constantFrom(-1, 0, 0.5, 1, 2, 3);
const cValue = fc.constantFrom("alpha", "beta", "alpha beta", "gamma", "beta gamma delta", "");
const nValue = fc.constantFrom<unknown>({ x: 1 }, { x: 2 }, { x: "s" }, {}, "flat", { x: null });
const fieldDomain: Record<string, fc.Arbitrary<unknown>> = { a: aValue, b: bValue, c: cValue, n: nValue, "n.x": fc.constantFrom<unknown>(1, 2, "s", null) };

const INDEX_CANDIDATES = [["a"], ["b"], ["a", "b"], ["b", "a"], ["c"], ["n.x"], ["a", "n.x"]];

const tableSpec = (name: string): fc.Arbitrary<TableSpec> =>
  fc.record({
    name: fc.constant(name),
    indexes: fc.subarray(INDEX_CANDIDATES, { minLength: 1, maxLength: 3 }).map((all) => all.map((fields, i) => ({ name: `by_${i}`, fields }))),
    search: fc.boolean(),
  });

const doc: fc.Arbitrary<Fields> = fc.record({ a: aValue, b: bValue, c: cValue, n: nValue }, { requiredKeys: [] });
const patchFields: fc.Arbitrary<Fields> = fc.record(
  { a: fc.oneof(aValue, fc.constant(UNSET)), b: fc.oneof(bValue, fc.constant(UNSET)), c: cValue, n: fc.oneof(nValue, fc.constant(UNSET)) },
  { requiredKeys: [] },
);
const ref = fc.nat({ max: 1000 });

/** Filters over the documents' fields; `equalityOnly` keeps those convex-test already evaluates in Convex's order. */
function filterAst(equalityOnly: boolean): fc.Arbitrary<FilterAst> {
  const cmp = fc.constantFrom(...(equalityOnly ? (["eq", "neq"] as const) : (["eq", "neq", "lt", "lte", "gt", "gte"] as const)));
  const leaf = fc.constantFrom("a", "b", "c", "n.x").chain((field) =>
    fc.record({ cmp, field: fc.constant(field), value: fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: fieldDomain[field] }) }),
  );
  return fc.letrec<{ f: FilterAst }>((tie) => ({
    f: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.record({ and: fc.tuple(tie("f"), tie("f")) }),
      fc.record({ or: fc.tuple(tie("f"), tie("f")) }),
      fc.record({ not: tie("f") }),
    ),
  })).f;
}

/** A query's source: a table scan, a declared index, a system index or (rarely) one the schema lacks. */
function sourceSpec(tables: TableSpec[], equalityOnly: boolean, withLimit: boolean): fc.Arbitrary<SourceSpec> {
  return fc.constantFrom(...tables).chain((table) => {
    type Index = { name: string | null; fields: string[] };
    const index = fc.oneof(
      { weight: 2, arbitrary: fc.constant<Index>({ name: null, fields: [] }) },
      { weight: 5, arbitrary: fc.constantFrom<Index>(...table.indexes) },
      { weight: 1, arbitrary: fc.constant<Index>({ name: "by_creation_time", fields: ["_creationTime"] }) },
      { weight: 1, arbitrary: fc.constant<Index>({ name: "by_id", fields: ["_id"] }) },
      { weight: 1, arbitrary: fc.constant<Index>({ name: "by_nope", fields: ["a"] }) },
    );
    return index.chain(({ name, fields }) =>
      fc.record({
        table: fc.constant(table.name),
        index: fc.constant(name),
        rangeFields: fc.constant(fields),
        range: rangeOn(fields),
        order: fc.constantFrom("asc" as const, "desc" as const),
        limit: withLimit ? fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined, freq: 4 }) : fc.constant(undefined),
        // Most queries without a filter: a random filter rarely matches much.
        filters: fc.oneof({ weight: 3, arbitrary: fc.constant<FilterAst[]>([]) }, { weight: 2, arbitrary: fc.array(filterAst(equalityOnly), { minLength: 1, maxLength: 2 }) }),
      }, { requiredKeys: ["table", "index", "rangeFields", "range", "order", "filters"] }),
    );
  });
}

function rangeValue(field: string) {
  if (field === "_creationTime") return fc.record({ creationTimeOf: ref });
  if (field === "_id") return fc.record({ idOf: ref });
  return fieldDomain[field].map((value) => ({ value }));
}

function rangeOn(fields: string[]): fc.Arbitrary<SourceSpec["range"]> {
  // Mostly one equality or none: longer prefixes of random values rarely match a document.
  const eqCounts = fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 0, max: Math.min(1, fields.length) }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: fields.length }) });
  return eqCounts.chain((eqCount) => {
    const next = fields[eqCount];
    const bound = <O extends string>(ops: O[]) => (next === undefined ? fc.constant(undefined) : fc.option(fc.record({ op: fc.constantFrom(...ops), value: rangeValue(next) }), { nil: undefined }));
    return fc.record(
      { eq: fc.tuple(...fields.slice(0, eqCount).map(rangeValue)), lower: bound(["gt", "gte"] as ("gt" | "gte")[]), upper: bound(["lt", "lte"] as ("lt" | "lte")[]) },
      { requiredKeys: ["eq"] },
    );
  });
}

const terminal: fc.Arbitrary<Terminal> = fc.oneof(
  fc.constantFrom<Terminal>("collect", "first", "unique"),
  fc.record({ take: fc.integer({ min: 0, max: 4 }) }),
  fc.record(
    { iterate: fc.integer({ min: 1, max: 4 }), write: fc.oneof(fc.record({ patch: patchFields }), fc.record({ insert: doc }), fc.constant("delete" as const)) },
    { requiredKeys: ["iterate"] },
  ),
);

const cursor: fc.Arbitrary<CursorChoice> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constant("_end_cursor" as const) },
  { weight: 4, arbitrary: fc.record({ cursorRef: ref }) },
);

export { cursor, doc, patchFields, ref, sourceSpec, tableSpec, terminal };
export type { Op, Program, Step };
