import fc from "fast-check";
import { getDocumentSize, type Value } from "convex/values";
import { describe, expect, test } from "vitest";
import { documentSize } from "./size.js";

/** Convex values of every kind, strings with lone surrogates and past convex/values' 500-character threshold included. */
const value = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
    fc.string({ unit: "binary" }),
    fc.string({ unit: "grapheme", minLength: 400, maxLength: 700 }),
    fc.uint8Array({ maxLength: 40 }).map((bytes) => bytes.slice().buffer),
    fc.array(tie("v"), { maxLength: 4 }),
    fc.dictionary(fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 8 }), fc.option(tie("v"), { nil: undefined }), { maxKeys: 4 }),
  ),
})).v;

describe("the memory engine's document size", () => {
  test("is exactly convex/values' getDocumentSize, with and without system fields", () => {
    const doc = fc.record({ fields: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/), value, { maxKeys: 5 }), system: fc.boolean() });
    fc.assert(
      fc.property(doc, ({ fields, system }) => {
        const document = system ? { ...fields, _id: "10001items", _creationTime: 1.5 } : fields;
        expect(documentSize(document as Record<string, unknown>)).toBe(getDocumentSize(document as Record<string, Value>));
      }),
      { seed: 3, numRuns: 300 },
    );
  });
});
