export interface Shard {
  /** 1-based, as CI matrices count. */
  index: number;
  count: number;
}

/**
 * The properties of one shard, out of every property a run covers (their
 * names, e.g. "fuzz apiKeysToTable › roundTrip"): sorted, then dealt
 * round-robin, so that each shard gets a share of every migration. The same
 * names always give the same shards, so a CI matrix covers each property
 * exactly once.
 */
export function dealShard(names: readonly string[], shard: Shard = { index: 1, count: 1 }): string[] {
  return [...new Set(names)].sort().filter((_, i) => i % shard.count === shard.index - 1);
}
