import fc from "fast-check";
import type { Dataset } from "../model/dataset.js";
import type { BackendProvider } from "../model/backend.js";
import { isMemoryProvider } from "../backends/memory/provider.js";
import { overLimits, readGrowth, type OverLimit, type ReadGrowth } from "./support/limits/checks.js";
import { headroomLine } from "./support/limits/headroom.js";
import { describeBatch, measuredRun, type BatchUsage } from "./support/limits/measuredRun.js";
import { childTables, copiesFor, growChildren, optionalLinks, replicate } from "./support/limits/replicate.js";
import type { FidelityNote } from "../backends/memory/measure/intercept.js";
import type { TransactionLimits } from "../model/limits.js";
import type { CheckContext } from "../engine/session.js";
import { valueSize } from "../validate/limits.js";
import { InvariantViolation } from "../model/violation.js";
import type { Invariant } from "../engine/invariant.js";
import type { Run } from "../engine/run.js";

/** The larger table has at least this many times the documents, and this many more. */
const GROWTH_COPIES = 4;
const GROWTH_EXTRA = 16;
/** The headroom probe pages over one full batch and a partial one. */
const PROBE_BATCHES = 1.2;
/**
 * The probe measures typical data: a dataset under size pressure (a document
 * near 1 MiB), copied into a page of 100, would report the pressure, not
 * the migration's headroom. It waits for a run with lighter documents.
 */
const PROBE_MAX_DOCUMENT = 64 * 1024;

/** Checks whose headroom probe already ran or was reported (once per check, not per run). */
const probed = new WeakSet<CheckContext>();

/**
 * Every batch of forward and rollback stays inside Convex's per-transaction
 * limits, with convex-test's limits on and the documents `.filter()` rejects
 * counted as read (the memory backend's correction); and a batch's reads grow
 * with its page, not with the table: the same batches run on a table several
 * times larger (the dataset followed by copies of itself) must read as much
 * as on the small one, and so must the same batches when every parent of
 * the original documents has four times the children (along the references
 * of the paged table, and into it): a batch that reads every message of a
 * thread in its page reads in proportion to the thread, which no number of
 * new threads shows. The first run of a check also probes a table of 1.2
 * pages at `limits.probeBatchSize` (default 100) and logs the heaviest
 * batch's share of each limit.
 */
export const withinLimits: Invariant<number> = {
  name: "withinLimits",
  title: "every batch stays inside Convex's transaction limits, and its reads grow with its batch size, not the table",
  defaultRuns: 10,
  notApplicable: () => null,
  // Batch size 1 first: it shrinks there, where every page is one document.
  params: (spec) => fc.constantFrom(1, spec.batchSize),
  provider: (provider, spec) => limited(provider, spec.limits.max),
  async check({ ctx, dataset, session, open }, batchSize) {
    const limits = ctx.spec.limits;
    // A first page as full as the table allows, so that it is the same page on the larger table.
    const size = Math.min(batchSize, Math.max(1, pagedDocuments(dataset, ctx.spec.table)));
    const small = await measuredRun(session, size);
    if (!small.measurable) return reportUnmeasurable(ctx, small.backend);
    reportFidelity(ctx, small.notes);
    expectInsideLimits(small.batches, limits.max, "the generated table");
    const copies = copiesFor(dataset, ctx.spec.table, GROWTH_COPIES * small.pagedDocuments + GROWTH_EXTRA, GROWTH_COPIES);
    const originals = Object.fromEntries(Object.entries(dataset.tables).map(([table, docs]) => [table, docs.length]));
    const growth = limits.childGrowth || 1;
    const larger = growChildren(replicate(dataset, copies), childTables(dataset, ctx.spec.table), growth, originals, optionalLinks(ctx.app.schema));
    // One paged table: its first pages on the larger dataset are the small run's forward batches, and
    // the batches after them page through copies only. (Several tables paged in turn: the whole run.)
    const forwardBatches = ctx.spec.table ? small.batches.filter((b) => b.direction === "forward").length : undefined;
    const large = await measuredRun(await open(larger), size, forwardBatches);
    if (!large.measurable) return;
    expectInsideLimits(large.batches, limits.max, `the table ${copies} times larger${growth > 1 ? `, each parent with ${growth} times the children` : ""}`);
    const grown = readGrowth(small.batches, large.batches, limits.readGrowthTolerance);
    if (grown.length > 0) throw growthViolation(grown, { small: small.pagedDocuments, large: large.pagedDocuments, growth }, size, ctx.spec.table);
    // Last, so that its wall times are not the worker's first calls (module loading, key derivation).
    if (!probed.has(ctx)) await probe(ctx, dataset, open);
  },
};

/** Documents of the table the migration pages over, before seeding deletes any (the largest table without `table`). */
function pagedDocuments(dataset: Dataset, table: string | undefined): number {
  return table ? (dataset.tables[table]?.length ?? 0) : Math.max(0, ...Object.values(dataset.tables).map((docs) => docs.length));
}

function heaviestDocument(dataset: Dataset): number {
  return Math.max(0, ...Object.values(dataset.tables).flatMap((docs) => docs.map(valueSize)));
}

/** The memory backend with convex-test's limits on; other backends enforce their own. */
function limited(provider: BackendProvider, max: TransactionLimits): BackendProvider {
  return isMemoryProvider(provider) ? provider.withOptions({ transactionLimits: { ...max } }) : provider;
}

async function probe(ctx: CheckContext, dataset: Dataset, open: Run["open"]): Promise<void> {
  const { spec } = ctx;
  const size = spec.limits.probeBatchSize;
  const table = spec.table ?? "";
  if (size === false) return void probed.add(ctx);
  if (pagedDocuments(dataset, spec.table) === 0) return; // nothing to copy: probe on a later run
  if (heaviestDocument(dataset) > PROBE_MAX_DOCUMENT) return;
  probed.add(ctx);
  const copies = copiesFor(dataset, spec.table, Math.ceil(PROBE_BATCHES * size), 1);
  const run = await measuredRun(await open(replicate(dataset, copies)), size);
  if (!run.measurable) return;
  expectInsideLimits(run.batches, spec.limits.max, `the headroom probe (batch size ${size})`);
  console.log(headroomLine(spec.name, run.batches, { batchSize: size, documents: run.pagedDocuments, table }, spec.limits.max));
}

/** Fidelity notes already printed, per check. */
const reported = new WeakMap<CheckContext, Set<string>>();

/**
 * Queries whose answer on convex-test would differ from production's (the
 * memory backend corrected or counted them): said once per check, since the
 * migration passing here says nothing about convex-test alone.
 */
function reportFidelity(ctx: CheckContext, notes: FidelityNote[]): void {
  const seen = reported.get(ctx) ?? new Set<string>();
  reported.set(ctx, seen);
  for (const note of notes) {
    if (seen.has(note.message)) continue;
    seen.add(note.message);
    console.warn(`${ctx.spec.name} › memory backend (${note.kind}): ${note.message}`);
  }
}

function reportUnmeasurable(ctx: CheckContext, backend: string): void {
  if (probed.has(ctx)) return;
  probed.add(ctx);
  console.log(
    `${ctx.spec.name} › withinLimits: the ${backend} backend does not report usage per batch; ` +
      "its own limits still fail any batch over them, but read growth and headroom are not measured there",
  );
}

function expectInsideLimits(batches: BatchUsage[], max: TransactionLimits, where: string): void {
  const over = overLimits(batches, max);
  if (over.length === 0) return;
  throw new InvariantViolation({
    invariant: "withinLimits",
    summary: `${over[0].batch.direction} batch ${over[0].batch.number} on ${where} exceeds ${over[0].keys.join(", ")}`,
    details: [
      `limits: ${Object.entries(max).map(([k, v]) => `${k} ${v}`).join(", ")}`,
      ...batches.map((b) => `  ${describeBatch(b)}${over.some((o) => o.batch === b) ? "  <- over the limit" : ""}`),
      ...uncountedNotes(batches),
    ],
    findings: over satisfies OverLimit[],
  });
}

function growthViolation(
  grown: ReadGrowth[],
  { small, large, growth }: { small: number; large: number; growth: number },
  batchSize: number,
  table = "paged",
): InvariantViolation {
  const [first] = grown;
  const extra = first.large.usage.documentsRead - first.small.usage.documentsRead;
  const children = growth > 1 ? ` and each parent has ${growth} times the children` : "";
  return new InvariantViolation({
    invariant: "withinLimits",
    summary:
      `${first.small.direction} batch ${first.small.number} reads ${extra} more documents when the ${table} table grows ` +
      `from ${small} to ${large} documents${children}: its reads grow with the table${children ? " or with a parent's children" : ""}, ` +
      `not with its batch size (${batchSize})`,
    details: [
      "the same batch (same page of documents) on the small and on the larger table:",
      ...grown.flatMap(({ small: s, large: l }) => [`  small: ${describeBatch(s)}`, `  large: ${describeBatch(l)}`]),
      "a batch that reads a whole table (.collect(), or .filter() instead of an index) fails in production once the table passes the limits;",
      "one that reads every child of a parent (every message of a thread) fails once a parent has enough children",
      ...uncountedNotes(grown.flatMap((g) => [g.small, g.large])),
    ],
    findings: grown,
  });
}

function uncountedNotes(batches: BatchUsage[]): string[] {
  const notes = [...new Set(batches.flatMap((b) => b.uncounted))];
  return notes.length === 0 ? [] : ["reads the memory backend could not count:", ...notes.map((n) => `  ${n}`)];
}
