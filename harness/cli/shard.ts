import { invariants } from "../invariants/index.js";
import { invariantNames, type InvariantName } from "../invariants/names.js";
import type { Registry, RegistryEntry } from "../corpus/registry.js";

export interface Shard {
  /** 1-based, as CI matrices count. */
  index: number;
  count: number;
}

export interface PropertyPair {
  entry: RegistryEntry;
  invariant: InvariantName;
}

/**
 * The entries a run covers: the named ones (faults included, when named), or
 * every real migration. Unknown names are an error that lists the known ones.
 */
export function selectEntries(registry: Registry, names?: readonly string[]): RegistryEntry[] {
  if (!names || names.length === 0) return [...registry.migrations];
  return names.map((name) => {
    const entry = registry.find(name);
    if (!entry) throw new Error(`unknown migration "${name}"; registered: ${registry.entries.map((e) => e.name).join(", ")}`);
    return entry;
  });
}

/**
 * The (suite file, invariant) pairs of one shard: every applicable pair,
 * sorted by file then invariant order, dealt round-robin so that each shard
 * gets a share of every migration. The same code and arguments always give
 * the same shard, so a CI matrix covers each pair exactly once.
 */
export function shardPairs(entries: readonly RegistryEntry[], shard: Shard = { index: 1, count: 1 }): PropertyPair[] {
  const pairs: PropertyPair[] = [];
  const sorted = [...entries].sort((a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name));
  for (const entry of sorted) {
    const spec = entry.spec();
    for (const invariant of invariantNames) {
      if (entry.invariants && !entry.invariants.includes(invariant)) continue;
      if (invariants[invariant].notApplicable(spec)) continue;
      pairs.push({ entry, invariant });
    }
  }
  return pairs.filter((_, i) => i % shard.count === shard.index - 1);
}
