import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { defineRegistry, type RegistryEntry } from "../corpus/registry.js";
import { defineMigration } from "../spec.js";
import { selectEntries, shardPairs } from "./shard.js";

const driver = { runBatch: async () => ({ continueCursor: "", isDone: true, processed: 0 }) } as never;
const entry = (name: string, extra: Partial<RegistryEntry> = {}): RegistryEntry => ({
  name,
  file: `suites/${name}.prop.test.ts`,
  app: {} as never,
  spec: () => defineMigration({ name, forward: driver, rollback: driver, dataset: fc.constant({ tables: {} }) }),
  ...extra,
});
const registry = defineRegistry([entry("b"), entry("a"), entry("a_fault", { fault: true, invariants: ["roundTrip"] })]);

describe("shardPairs", () => {
  const all = shardPairs(registry.migrations);
  const key = (p: { entry: RegistryEntry; invariant: string }) => `${p.entry.file}#${p.invariant}`;

  test("lists every applicable (suite file, invariant) pair, file by file", () => {
    expect(all.length).toBeGreaterThan(0);
    expect(all.map((p) => p.entry.name)).toEqual([...all.map((p) => p.entry.name)].sort());
    expect(all.some((p) => p.invariant === "queryEquivalent")).toBe(false); // not applicable: no queries
  });

  test("shards are disjoint, cover every pair, and are the same on every call", () => {
    const shards = [1, 2, 3].map((index) => shardPairs(registry.migrations, { index, count: 3 }).map(key));
    expect(shards.flat().sort()).toEqual(all.map(key).sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    expect(shardPairs(registry.migrations, { index: 2, count: 3 }).map(key)).toEqual(shards[1]);
  });
});

describe("selectEntries", () => {
  test("real migrations by default; a fault only when named, and then only its invariant", () => {
    expect(selectEntries(registry).map((e) => e.name)).toEqual(["a", "b"]);
    expect(shardPairs(selectEntries(registry, ["a_fault"])).map((p) => p.invariant)).toEqual(["roundTrip"]);
  });

  test("an unknown name lists the known ones", () => {
    expect(() => selectEntries(registry, ["c"])).toThrow('unknown migration "c"; registered: b, a, a_fault');
  });
});
