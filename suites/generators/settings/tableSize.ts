import fc from "fast-check";

/**
 * How many documents the migrated table gets: 0, 1, batchSize - 1,
 * batchSize, batchSize + 1 (each often: batch boundaries are where paging
 * bugs live) or larger, up to `max`.
 */
export function tableSize(batchSize: number, max: number): fc.Arbitrary<number> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`tableSize: batchSize must be a positive integer, got ${batchSize}`);
  const boundaries = [0, 1, batchSize - 1, batchSize, batchSize + 1].filter((n) => n >= 0 && n <= max);
  return fc.oneof(
    { arbitrary: fc.constantFrom(...boundaries), weight: 5 },
    { arbitrary: fc.integer({ min: Math.min(batchSize + 2, max), max }), weight: 2 },
  );
}
