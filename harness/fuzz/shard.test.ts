import { describe, expect, test } from "vitest";
import { dealShard } from "./shard.js";

describe("dealShard", () => {
  const names = ["fuzz b › roundTrip", "fuzz a › roundTrip", "fuzz a › idempotent", "fuzz b › terminates", "fuzz c › conserves"];

  test("shards are disjoint, cover every property, and are the same on every call", () => {
    const shards = [1, 2, 3].map((index) => dealShard(names, { index, count: 3 }));
    expect(shards.flat().sort()).toEqual([...names].sort());
    expect(new Set(shards.flat()).size).toBe(names.length);
    expect(dealShard([...names].reverse(), { index: 2, count: 3 })).toEqual(shards[1]);
  });

  test("one shard is everything, sorted", () => {
    expect(dealShard(names)).toEqual([...names].sort());
  });
});
