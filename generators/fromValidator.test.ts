import fc from "fast-check";
import { defineTable } from "convex/server";
import { convexToJson, v, type GenericValidator } from "convex/values";
import { describe, expect, test } from "vitest";
import { fitsDataset } from "../harness/model/checkValue.js";
import { isRefMarker, type DatasetValue } from "../harness/model/dataset.js";
import { fromTable, fromValidator } from "./fromValidator.js";

/**
 * A tiny independent checker: whether `value` is valid for `validator`, with
 * ids as RefMarkers into `refs`. It is written from Convex's documented
 * semantics, not from fromValidator, so that it can catch fromValidator; and
 * on purpose not the harness's own checker (fitsDataset), so that the two
 * check each other: it is stricter (ids only as markers within `refs`, int64
 * within 64 bits), and the generated values must pass both.
 */
function conforms(validator: GenericValidator, value: unknown, refs: Record<string, number>): boolean {
  const isObject = (x: unknown): x is Record<string, unknown> =>
    typeof x === "object" && x !== null && !Array.isArray(x) && !(x instanceof ArrayBuffer);
  switch (validator.kind) {
    case "id":
      return isRefMarker(value) && value.__ref[0] === validator.tableName && value.__ref[1] >= 0 && value.__ref[1] < refs[validator.tableName];
    case "string":
      return typeof value === "string";
    case "float64":
      return typeof value === "number";
    case "int64":
    case "commitTs":
      return typeof value === "bigint" && value >= -(2n ** 63n) && value < 2n ** 63n;
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    case "any":
      return value !== undefined;
    case "literal":
      return value === validator.value;
    case "bytes":
      return value instanceof ArrayBuffer;
    case "array":
      return Array.isArray(value) && value.every((item) => conforms(validator.element, item, refs));
    case "record":
      return isObject(value) && Object.entries(value).every(([k, item]) => conforms(validator.key, k, refs) && conforms(validator.value, item, refs));
    case "union":
      return validator.members.some((member) => conforms(member, value, refs));
    case "object":
      return (
        isObject(value) &&
        Object.getPrototypeOf(value) === Object.prototype &&
        Object.keys(value).every((k) => k in validator.fields && value[k] !== undefined) &&
        Object.entries(validator.fields).every(([k, field]) =>
          value[k] === undefined ? field.isOptional === "optional" : conforms(field, value[k], refs),
        )
      );
  }
}

/** Convex's own serializer rejects what the database would (field names, prototypes, ...). */
function isConvexValue(value: DatasetValue): boolean {
  convexToJson(value as never);
  return true;
}

const refs = { users: 3, threads: 2 };

const everyKind = v.object({
  id: v.id("users"),
  string: v.string(),
  float64: v.number(),
  int64: v.int64(),
  boolean: v.boolean(),
  null: v.null(),
  any: v.any(),
  literal: v.literal("exact"),
  bytes: v.bytes(),
  array: v.array(v.id("threads")),
  record: v.record(v.string(), v.number()),
  literalKeys: v.record(v.union(v.literal("a"), v.literal("b")), v.boolean()),
  union: v.union(v.object({ kind: v.literal("a"), n: v.number() }), v.object({ kind: v.literal("b") }), v.null()),
  nested: v.object({ deep: v.array(v.object({ x: v.optional(v.string()) })) }),
  optionalString: v.optional(v.string()),
  optionalObject: v.optional(v.object({ y: v.boolean() })),
});

describe("fromValidator", () => {
  test("every value is valid for its validator, for every kind", () => {
    fc.assert(fc.property(fromValidator(everyKind, { refs }), (doc) => conforms(everyKind, doc, refs) && fitsDataset(everyKind, doc) && isConvexValue(doc)), {
      numRuns: 300,
    });
  });

  test.each([
    ["id", v.id("users")],
    ["string", v.string()],
    ["float64", v.float64()],
    ["int64", v.int64()],
    ["boolean", v.boolean()],
    ["null", v.null()],
    ["any", v.any()],
    ["literal", v.literal(42)],
    ["bytes", v.bytes()],
    ["array", v.array(v.boolean())],
    ["record", v.record(v.string(), v.string())],
    ["union", v.union(v.string(), v.int64())],
    ["object", v.object({ a: v.string() })],
  ] as Array<[string, GenericValidator]>)("a root %s validator", (_kind, validator) => {
    fc.assert(fc.property(fromValidator(validator, { refs }), (value) => conforms(validator, value, refs) && isConvexValue(value)), {
      numRuns: 100,
    });
  });

  test("commitTs fields hold int64 values", () => {
    const validator = v.object({ at: v.commitTs() });
    fc.assert(fc.property(fromValidator(validator), (doc) => conforms(validator, doc, {})), { numRuns: 50 });
  });

  test("optional fields are absent independently of each other", () => {
    const validator = v.object({ a: v.optional(v.null()), b: v.optional(v.null()) });
    const shapes = new Set(fc.sample(fromValidator(validator), { seed: 1, numRuns: 200 }).map((doc) => Object.keys(doc as object).join(",")));
    expect([...shapes].sort()).toEqual(["", "a", "a,b", "b"]);
  });

  test("float64 includes NaN and infinities unless noNaN", () => {
    const numbers = fc.sample(fromValidator(v.number()), { seed: 2, numRuns: 500 }) as number[];
    expect(numbers.some(Number.isNaN)).toBe(true);
    expect(numbers.some((n) => !Number.isFinite(n) && !Number.isNaN(n))).toBe(true);
    expect((fc.sample(fromValidator(v.number(), { noNaN: true }), { seed: 2, numRuns: 500 }) as number[]).some(Number.isNaN)).toBe(false);
  });

  test("ids reach every available document of their table", () => {
    const indices = new Set(fc.sample(fromValidator(v.id("users"), { refs }), { seed: 3, numRuns: 100 }).map((r) => (r as { __ref: [string, number] }).__ref[1]));
    expect([...indices].sort()).toEqual([0, 1, 2]);
  });

  test("overrides replace the value at a field path", () => {
    const validator = v.object({ prefs: v.optional(v.record(v.string(), v.string())), tags: v.array(v.string()) });
    const arbitrary = fromValidator(validator, { overrides: { prefs: fc.constant({ theme: "dark" }), "tags[]": fc.constant("t") } });
    for (const doc of fc.sample(arbitrary, { seed: 4, numRuns: 50 }) as Array<{ prefs?: unknown; tags: string[] }>) {
      if (doc.prefs !== undefined) expect(doc.prefs).toEqual({ theme: "dark" });
      expect(doc.tags.every((t) => t === "t")).toBe(true);
    }
  });

  test("an override yielding undefined makes the field absent", () => {
    const arbitrary = fromValidator(v.object({ a: v.string() }), { overrides: { a: fc.constant(undefined) } });
    expect(fc.sample(arbitrary, { seed: 5, numRuns: 5 })).toEqual([{}, {}, {}, {}, {}]);
  });

  test("what cannot be generated is refused with a clear error", () => {
    expect(() => fromValidator(v.object({ userId: v.id("users") }))).toThrow(
      'fromValidator: "userId" is v.id("users"), but options.refs has no documents of "users"',
    );
    expect(() => fromValidator(v.object({ a: v.string() }), { overrides: { b: fc.constant("x") } })).toThrow('override "b" matches no field path');
    expect(() => fromValidator(v.record(v.id("users"), v.string()), { refs })).toThrow("are ids of \"users\"");
    expect(() => fromValidator({ kind: "mystery", isOptional: "required" } as never)).toThrow(
      'fromValidator: cannot generate values for validator kind "mystery"',
    );
    expect(() => fromValidator(v.any(), { maxDepth: -1 })).toThrow("options.maxDepth must be a non-negative integer");
  });

  test("the same seed gives the same values", () => {
    const arbitrary = fromValidator(everyKind, { refs });
    expect(fc.sample(arbitrary, { seed: 6, numRuns: 30 })).toEqual(fc.sample(arbitrary, { seed: 6, numRuns: 30 }));
  });
});

describe("fromTable", () => {
  test("generates documents of a table definition", () => {
    const messages = defineTable({
      threadId: v.id("threads"),
      role: v.union(v.literal("user"), v.literal("assistant")),
      content: v.string(),
      metadata: v.optional(v.any()),
    });
    fc.assert(fc.property(fromTable(messages, { refs }), (doc) => conforms(messages.validator, doc, refs) && isConvexValue(doc)), {
      numRuns: 100,
    });
  });
});
