import type { BatchResult } from "../../../spec/migration.js";
import type { Session } from "../../../engine/session.js";
import type { Direction } from "../../../model/direction.js";
import { InvariantViolation } from "../../../model/violation.js";
import { idLabels } from "../../../model/labels.js";
import type { FidelityNote } from "../../../backends/memory/measure/intercept.js";
import { pageIdentity } from "./pageIdentity.js";
import { isMeasurable } from "../../../backends/memory/measure/measurable.js";
import type { Measurement } from "../../../backends/memory/measure/recorder.js";
import { maxUsage, zeroUsage, type TransactionUsage } from "../../../model/limits.js";

/** What one batch used, and which documents it paged over. */
export interface BatchUsage {
  direction: Direction;
  number: number;
  processed: number | null;
  /** The heaviest transaction of the batch (a batch is one mutation, so usually its only one). */
  usage: TransactionUsage;
  filteredOut: number;
  /**
   * The documents its `.paginate()` returned, as dataset labels
   * (`userSettings[4]`, `new migrationLedger → threads[0]` for one created
   * during the run), or null without one.
   */
  page: string | null;
  /** Equal on two runs exactly when the two pages hold the same documents (see pageIdentity). */
  pageKey: string | null;
  uncounted: string[];
  ms: number;
  /** The batch threw (e.g. over a limit): its usage up to the throw. */
  threw?: string;
}

export type MeasuredRun =
  | { measurable: true; batches: BatchUsage[]; pagedDocuments: number; notes: FidelityNote[] }
  | { measurable: false; backend: string };

/**
 * Runs forward (and rollback) batch by batch on a fresh session (seeded,
 * not yet migrated), measuring each batch. A batch that throws (over a
 * limit, since convex-test enforces them) ends the property run with a
 * violation whose details list what every batch used up to it. With `forwardBatches`,
 * forward stops after that many batches (as if it crashed there) and
 * rollback undoes what they did: on a larger dataset whose first pages are
 * the small one's, that is every batch there is to compare, without paging
 * through the copies.
 */
export async function measuredRun(s: Session, batchSize: number, forwardBatches?: number): Promise<MeasuredRun> {
  const backend = s.backend;
  const directions: Direction[] = s.ctx.spec.rollback ? ["forward", "rollback"] : ["forward"];
  if (!isMeasurable(backend)) {
    // A real deployment enforces its limits itself: run, so a batch over them fails.
    for (const direction of directions) await s.complete(direction, { batchSize });
    return { measurable: false, backend: backend.kind };
  }
  const labels = idLabels(s.ids);
  const batches: BatchUsage[] = [];
  for (const direction of directions) {
    const aroundBatch = async (number: number, run: () => Promise<BatchResult>): Promise<BatchResult> => {
      const started = performance.now();
      const measured = await backend.measure(run);
      const record = toBatchUsage(direction, number, measured.measurement, labels, performance.now() - started);
      batches.push(record);
      if (measured.ok) {
        record.processed = measured.value.processed;
        return measured.value;
      }
      record.threw = measured.error instanceof Error ? measured.error.message.split("\n")[0] : String(measured.error);
      throw measured.error;
    };
    try {
      const stopAfter = direction === "forward" ? forwardBatches : undefined;
      await s.complete(direction, { batchSize, aroundBatch, ...(stopAfter !== undefined ? { stopAfter } : {}) });
    } catch (error) {
      if (error instanceof InvariantViolation) {
        error.failure.details.push("", "what each batch used, up to the one that threw:", ...batches.map((b) => `  ${describeBatch(b)}`));
      }
      throw error;
    }
  }
  return { measurable: true, batches, pagedDocuments: s.documents, notes: backend.fidelityNotes() };
}

function toBatchUsage(direction: Direction, number: number, m: Measurement, labels: Map<string, string>, ms: number): BatchUsage {
  const page = pageIdentity(m.pages, labels);
  return {
    direction,
    number,
    processed: null,
    usage: m.transactions.reduce(maxUsage, zeroUsage()),
    filteredOut: m.filteredOut,
    page: page?.shown ?? null,
    pageKey: page?.key ?? null,
    uncounted: m.uncounted,
    ms,
  };
}

/** "forward batch 2 [userSettings[3..5]]: read 14 docs (2.1 KiB), wrote 6 docs (1.2 KiB), 12 index ranges" */
export function describeBatch(b: BatchUsage): string {
  const u = b.usage;
  const page = b.page === null ? "" : ` [${compactPage(b.page)}]`;
  const filtered = b.filteredOut > 0 ? `, ${b.filteredOut} of them rejected by .filter()` : "";
  const threw = b.threw ? ` — threw: ${b.threw}` : "";
  return (
    `${b.direction} batch ${b.number}${page}: read ${u.documentsRead} docs (${u.bytesRead} B)${filtered}, ` +
    `wrote ${u.documentsWritten} docs (${u.bytesWritten} B), ${u.databaseQueries} index ranges, ${b.ms.toFixed(0)} ms${threw}`
  );
}

/** "userSettings[0], userSettings[1], userSettings[2]" -> "userSettings[0..2]" when consecutive. */
function compactPage(page: string): string {
  const parts = page.split(", ");
  const match = parts.map((p) => /^(\w+)\[(\d+)\]$/.exec(p));
  if (match.some((m) => m === null) || new Set(match.map((m) => m![1])).size !== 1) return page;
  const indices = match.map((m) => Number(m![2]));
  const consecutive = indices.every((x, i) => i === 0 || x === indices[i - 1] + 1);
  return consecutive && indices.length > 1 ? `${match[0]![1]}[${indices[0]}..${indices.at(-1)}]` : page;
}
