import { describe, expect, test } from "vitest";
import { parseArgs, parseDuration, type CliArgs } from "./args.js";

const defaults: CliArgs = {
  runs: 100, time: 600_000, shard: { index: 1, count: 1 }, backends: ["memory"],
  coverageRuns: 1000, minCoverage: 5, roundRuns: 10, corpus: "suites/corpus",
};

describe("parseArgs", () => {
  test("reads every flag, in both --flag value and --flag=value forms", () => {
    const args = parseArgs(
      ["--time", "1h30m", "--shard=2/4", "--backend", "memory,container", "--seed", "-7", "--migration", "a,b"],
      defaults,
      ["time", "shard", "backends", "seed", "migrations"],
    );
    expect(args).toMatchObject({ time: 5_400_000, shard: { index: 2, count: 4 }, backends: ["memory", "container"], seed: -7, migrations: ["a", "b"] });
  });

  test("keeps the defaults for flags not given", () => {
    expect(parseArgs([], defaults, ["runs"])).toEqual(defaults);
  });

  test.each([
    [["--runs", "0"], /--runs must be a positive integer, got 0/],
    [["--shard", "5/4"], /--shard must be i\/n with 1 <= i <= n, got 5\/4/],
    [["--backend", "memory,cloud"], /unknown backend cloud; known: memory, container/],
    [["--time", "soon"], /--time must look like 90s, 10m/],
    [["--runs"], /--runs needs a value/],
    [["--bogus", "1"], /unknown option --bogus; accepted: --runs N --shard i\/n/],
  ])("rejects %j with a message naming the flag", (argv, message) => {
    expect(() => parseArgs(argv as string[], defaults, ["runs", "shard", "backends", "time"])).toThrow(message);
  });

  test("a flag another CLI accepts is refused here", () => {
    expect(() => parseArgs(["--time", "10m"], defaults, ["runs"])).toThrow(/unknown option --time/);
  });
});

test("parseDuration reads plain seconds and h/m/s", () => {
  expect([parseDuration("90"), parseDuration("90s"), parseDuration("10m"), parseDuration("1h")]).toEqual([90_000, 90_000, 600_000, 3_600_000]);
});
