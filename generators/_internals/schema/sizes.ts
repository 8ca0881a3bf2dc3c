import fc from "fast-check";
import type { ResolvedFromSchemaOptions } from "./resolved.js";
import type { ResolvedTable } from "./tableOptions.js";

/**
 * How many documents a table gets: 0, 1, batchSize - 1, batchSize and
 * batchSize + 1 (each often: batch boundaries are where paging bugs live)
 * or larger, within the table's bounds.
 */
export function sizeArbitrary(batchSize: number, { min, max }: ResolvedTable["size"]): fc.Arbitrary<number> {
  if (min === max) return fc.constant(min);
  const boundaries = [...new Set([0, 1, batchSize - 1, batchSize, batchSize + 1])].filter((n) => n >= min && n <= max);
  const larger = Math.max(batchSize + 2, min);
  const arms: Array<fc.WeightedArbitrary<number>> = [];
  if (boundaries.length > 0) arms.push({ arbitrary: fc.constantFrom(...boundaries), weight: 5 });
  if (larger <= max) arms.push({ arbitrary: fc.integer({ min: larger, max }), weight: 2 });
  if (arms.length === 0) arms.push({ arbitrary: fc.integer({ min, max }), weight: 1 });
  return fc.oneof(...arms);
}

/** The single required reference field that ties a table's documents one per target document, if any. */
function perTarget(table: ResolvedTable): Array<{ target: string; exactly: boolean }> {
  const out: Array<{ target: string; exactly: boolean }> = [];
  if (table.exactlyOnePer) out.push({ target: table.exactlyOnePer.target, exactly: true });
  for (const key of table.unique) {
    const target = requiredReference(table, key);
    if (target !== undefined) out.push({ target, exactly: false });
  }
  return out;
}

/** The target of a one-field key that is a required top-level v.id, or undefined. */
export function requiredReference(table: ResolvedTable, key: readonly string[]): string | undefined {
  if (key.length !== 1 || !table.plan.hardFields.has(key[0])) return undefined;
  return table.plan.hardFields.get(key[0]);
}

/**
 * Drawn sizes, raised so that the constraints hold: a table that a nonempty
 * table must reference gets a document, a table one document per target
 * gets as many targets (except the paged table, whose size is the one drawn:
 * the others give way to it). Children come later in seeding order, so a
 * reverse walk settles each table before the tables it raises.
 */
export function raiseSizes(drawn: Map<string, number>, options: ResolvedFromSchemaOptions): Map<string, number> {
  const sizes = new Map(drawn);
  const { paged } = options;
  // The paged table keeps its drawn size: when it is empty, so is every table that must reference it.
  if (paged !== undefined && sizes.get(paged) === 0) {
    const emptied = new Set([paged]);
    for (const table of options.tables.values()) {
      if ([...table.plan.hard].some((target) => emptied.has(target))) {
        emptied.add(table.plan.name);
        sizes.set(table.plan.name, 0);
      }
    }
  }
  const tables = [...options.tables.values()].reverse();
  for (const table of tables) {
    const name = table.plan.name;
    if (sizes.get(name)! === 0) continue;
    for (const { target, exactly } of perTarget(table)) {
      const bounds = options.tables.get(target)!.size;
      const wanted = exactly ? sizes.get(name)! : Math.max(sizes.get(target)!, sizes.get(name)!);
      if (target !== paged) sizes.set(target, Math.min(bounds.max, Math.max(bounds.min, wanted)));
      sizes.set(name, Math.min(sizes.get(name)!, sizes.get(target)!));
    }
    for (const target of table.plan.hard) if (sizes.get(target)! === 0) sizes.set(target, 1);
  }
  return sizes;
}

/**
 * How many of a table's documents can be kept after shrinking took some
 * away: none when a table it must reference is empty, no more than its
 * targets when it holds one document per target, and as many targets as
 * documents when it holds exactly one per target. Sizes only go down, so
 * repeating until nothing changes ends.
 */
export function keptSizes(lengths: Map<string, number>, options: ResolvedFromSchemaOptions): Map<string, number> {
  const sizes = new Map(lengths);
  for (let changed = true; changed; ) {
    changed = false;
    const lower = (name: string, n: number) => {
      if (n < sizes.get(name)!) {
        sizes.set(name, n);
        changed = true;
      }
    };
    for (const table of options.tables.values()) {
      const name = table.plan.name;
      if ([...table.plan.hard].some((target) => sizes.get(target) === 0)) lower(name, 0);
      for (const { target, exactly } of perTarget(table)) {
        lower(name, sizes.get(target)!);
        if (exactly) lower(target, sizes.get(name)!);
      }
    }
  }
  return sizes;
}
