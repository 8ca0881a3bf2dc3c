import { describe, expect, test } from "vitest";
import { evaluateFilter } from "./filterExpression.js";

const field = (name: string) => ({ $field: name });
const lit = (value: unknown) => ({ $literal: value });

describe("filter expressions with Convex's ordering", () => {
  const lt10 = { $lt: [field("x"), lit(10)] };

  test("a missing field and null are less than every number", () => {
    expect(evaluateFilter(lt10, {}, "convex")).toBe(true);
    expect(evaluateFilter(lt10, { x: null }, "convex")).toBe(true);
    // JavaScript (convex-test): undefined < 10 is false, null < 10 is true.
    expect(evaluateFilter(lt10, {}, "javascript")).toBe(false);
    expect(evaluateFilter(lt10, { x: null }, "javascript")).toBe(true);
  });

  test("int64 < float64 < boolean < string < bytes < array < object", () => {
    const ordered = [{ $integer: "BQAAAAAAAAA=" }, 1.5, false, "a", { $bytes: "AA==" }, [1], { a: 1 }];
    for (let i = 0; i + 1 < ordered.length; i++) {
      const doc = { x: null };
      const expr = { $lt: [lit(ordered[i]), lit(ordered[i + 1])] };
      expect(evaluateFilter(expr, doc, "convex"), JSON.stringify(expr)).toBe(true);
    }
    expect(evaluateFilter({ $gt: [field("x"), lit(100)] }, { x: "a" }, "convex")).toBe(true);
    expect(evaluateFilter({ $gt: [field("x"), lit(100)] }, { x: "a" }, "javascript")).toBe(false);
  });

  test("equality, boolean operators, nested fields and negation", () => {
    const doc = { a: { b: 3 }, s: "x" };
    expect(evaluateFilter({ $eq: [field("a.b"), lit(3)] }, doc, "convex")).toBe(true);
    expect(evaluateFilter({ $eq: [field("a.c"), lit({ $undefined: null })] }, doc, "convex")).toBe(true);
    expect(evaluateFilter({ $and: [{ $neq: [field("s"), lit("y")] }, { $not: { $eq: [field("s"), lit("y")] } }] }, doc, "convex")).toBe(true);
    expect(evaluateFilter({ $or: [{ $eq: [field("s"), lit("y")] }, { $eq: [{ $neg: field("a.b") }, lit(-3)] }] }, doc, "convex")).toBe(true);
  });
});
