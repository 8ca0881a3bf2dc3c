import type { Backend } from "../model/backend.js";
import type { BatchResult, MigrationDriver } from "../spec/migration.js";

export interface RunOptions {
  batchSize: number;
  /** Give up after this many batches and report non-termination. */
  maxBatches: number;
  /** Resume from a saved cursor instead of the beginning. */
  cursor?: string | null;
  /** Stop (as if the process crashed) after this many batches. */
  stopAfter?: number;
  /** Called after every committed batch, e.g. to run app writes or read paths. */
  afterBatch?: (batch: BatchRecord) => Promise<void>;
  /**
   * Called before every batch with its 1-based number, e.g. to run the app
   * writes scheduled between batch `number - 1` and batch `number`.
   */
  beforeBatch?: (number: number) => Promise<void>;
  /**
   * Wraps each batch's call, e.g. to measure the transaction it runs in. Must
   * call `run` once and return (or throw) what it does.
   */
  aroundBatch?: (number: number, run: () => Promise<BatchResult>) => Promise<BatchResult>;
}

export interface BatchRecord {
  /** 1-based number of the batch within this run. */
  number: number;
  cursor: string | null;
  result: BatchResult;
}

export type RunOutcome =
  | { status: "done"; batches: BatchRecord[]; cursor: string }
  | { status: "stopped"; batches: BatchRecord[]; cursor: string | null }
  | { status: "nonTerminating"; batches: BatchRecord[]; cursor: string | null; maxBatches: number }
  | { status: "threw"; batches: BatchRecord[]; cursor: string | null; batch: number; error: Error };

/**
 * Runs a migration batch after batch, each batch its own transaction as in
 * production. Never throws for the migration's own failures and never hangs:
 * it returns what happened, so invariants can report it.
 */
export async function runMigration(backend: Backend, driver: MigrationDriver, options: RunOptions): Promise<RunOutcome> {
  const batches: BatchRecord[] = [];
  let cursor = options.cursor ?? null;
  for (;;) {
    if (options.stopAfter !== undefined && batches.length >= options.stopAfter) {
      return { status: "stopped", batches, cursor };
    }
    if (batches.length >= options.maxBatches) {
      return { status: "nonTerminating", batches, cursor, maxBatches: options.maxBatches };
    }
    let result: BatchResult;
    await options.beforeBatch?.(batches.length + 1);
    const run = () => driver.runBatch(backend, cursor, options.batchSize);
    try {
      result = await (options.aroundBatch ? options.aroundBatch(batches.length + 1, run) : run());
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      return { status: "threw", batches, cursor, batch: batches.length + 1, error: err };
    }
    const record: BatchRecord = { number: batches.length + 1, cursor, result };
    batches.push(record);
    await options.afterBatch?.(record);
    if (result.isDone) return { status: "done", batches, cursor: result.continueCursor };
    cursor = result.continueCursor;
  }
}

/** The termination bound: ceil(n / batchSize) + slack batches. */
export function batchBound(documents: number, batchSize: number, slack: number): number {
  return Math.ceil(documents / batchSize) + slack;
}
