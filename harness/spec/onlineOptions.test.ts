import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { resolveAppWrites, resolveLimits, resolveReadPaths } from "./onlineOptions.js";
import { CONVEX_TRANSACTION_LIMITS } from "../model/limits.js";

const fail = (option: string, problem: string): never => {
  throw new Error(`\`${option}\` ${problem}`);
};

describe("online spec options", () => {
  test("read paths default their name to the query's", () => {
    const [path] = resolveReadPaths([{ query: "apiKeys:getApiKeys", args: () => [{}] }], fail)!;
    expect(path.name).toBe("apiKeys:getApiKeys");
    expect(() => resolveReadPaths([], fail)).toThrow(/`readPaths` must be a non-empty array/);
    expect(() => resolveReadPaths([{ query: "q", args: 1 as any }], fail)).toThrow(/`readPaths\[0\].args`/);
  });

  test("app writes need a unique name, an arbitrary and a read back", () => {
    const write = { name: "w", mutation: "m:w", args: fc.record({}), readBack: () => [{ query: "q:r", args: {} }] };
    expect(resolveAppWrites([write], fail)![0].readBack({}, { doc: () => undefined })).toEqual([{ query: "q:r", args: {} }]);
    expect(() => resolveAppWrites([write, write], fail)).toThrow(/`appWrites\[1\].name` "w" is used twice/);
    expect(() => resolveAppWrites([{ ...write, args: {} as any }], fail)).toThrow(/`appWrites\[0\].args` must be a fast-check Arbitrary/);
  });

  test("limits default to Convex's and reject what is not a limit", () => {
    expect(resolveLimits(undefined, fail)).toEqual({ max: CONVEX_TRANSACTION_LIMITS, probeBatchSize: 100, readGrowthTolerance: 2, childGrowth: 4 });
    expect(resolveLimits({ max: { documentsRead: 500 }, probeBatchSize: false }, fail).max.documentsRead).toBe(500);
    expect(() => resolveLimits({ max: { rows: 1 } as any }, fail)).toThrow(/`limits.max.rows` is not a limit/);
    expect(() => resolveLimits({ probeBatchSize: 0 }, fail)).toThrow(/`limits.probeBatchSize`/);
    expect(resolveLimits({ childGrowth: false }, fail).childGrowth).toBe(false);
    expect(() => resolveLimits({ childGrowth: 0 }, fail)).toThrow(/`limits.childGrowth` must be a positive integer or false/);
  });
});
