import fc from "fast-check";
import type { Dataset } from "../model/dataset.js";
import type { CheckContext } from "../engine/session.js";
import { expectSameView } from "./support/compare.js";
import type { Invariant } from "../engine/invariant.js";

/**
 * The result does not depend on where batch boundaries fall: batch sizes 1,
 * n - 1, n, n + 1 and a random size all give the same data. Each size runs on
 * its own fresh backend, so the spec's view must hide per-run randomness.
 */
export const batchIndependent: Invariant<number> = {
  name: "batchIndependent",
  title: "batch sizes 1, n-1, n, n+1 and a random size give the same result",
  defaultRuns: 15,
  notApplicable: () => null,
  params: () => fc.integer({ min: 1, max: 12 }),
  async check({ ctx, dataset, session, open }, randomSize) {
    const n = await pagedDocuments(ctx, dataset);
    const sizes = [...new Set([1, n - 1, n, n + 1, randomSize].filter((b) => b >= 1))];
    const results: Array<{ size: number; view: unknown }> = [];
    for (const [i, size] of sizes.entries()) {
      const s = i === 0 ? session : await open();
      await s.complete("forward", { batchSize: size });
      results.push({ size, view: await s.view(await s.snapshot()) });
    }
    const [reference, ...others] = results;
    for (const other of others) {
      expectSameView("batchIndependent", `batch size ${other.size} gives a different result than batch size ${reference.size}`,
        { label: `forward with batchSize ${reference.size}`, view: reference.view },
        { label: `forward with batchSize ${other.size}`, view: other.view });
    }
  },
};

async function pagedDocuments(ctx: CheckContext, dataset: Dataset): Promise<number> {
  const table = ctx.spec.table;
  if (!table) return Math.max(0, ...Object.values(dataset.tables).map((docs) => docs.length));
  const deleted = (dataset.deleted ?? []).filter((d) => d.table === table).length;
  return (dataset.tables[table]?.length ?? 0) - deleted;
}
