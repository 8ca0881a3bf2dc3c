import { getFunctionName, type FunctionReference } from "convex/server";
import type { Backend } from "../model/backend.js";

/** What one batch reports, in the batch protocol (docs/architecture.md, "Migration protocols"). */
export interface BatchResult {
  continueCursor: string;
  isDone: boolean;
  processed: number;
}

/**
 * Drives one direction of a migration one batch (one transaction) at a time.
 * Both protocols, the plain batch mutation and @convex-dev/migrations, fit
 * behind this interface.
 */
export interface MigrationDriver {
  readonly protocol: "batch" | "component";
  /** The Convex function that runs a batch, e.g. "migrations/apiKeysToTable:forward". */
  readonly functionName: string;
  /** Every app function the driver calls (the migration's, and a runner's): checked to exist when the spec is declared. */
  readonly functions: readonly string[];
  runBatch(backend: Backend, cursor: string | null, batchSize: number): Promise<BatchResult>;
}

/**
 * A migration written with the batch protocol: an internalMutation
 * `({ cursor, batchSize }) => { continueCursor, isDone, processed }`.
 *
 * @example
 * forward: batchMigration(internal.migrations.apiKeysToTable.forward)
 */
export function batchMigration(fn: FunctionReference<"mutation", "internal" | "public"> | string): MigrationDriver {
  const functionName = typeof fn === "string" ? fn : getFunctionName(fn);
  return {
    protocol: "batch",
    functionName,
    functions: [functionName],
    async runBatch(backend, cursor, batchSize) {
      const result = await backend.mutation(functionName, { cursor, batchSize });
      return checkBatchResult(functionName, result);
    },
  };
}

export interface ComponentMigrationOptions {
  /**
   * The app's mutation that runs one batch through the component:
   * `({ fn, cursor, batchSize }) => { continueCursor, isDone, processed }`,
   * calling the component's `lib.migrate` with `oneBatchOnly: true`, as
   * `runToCompletion` does for each batch: `componentBatchRunner` from
   * convex-migration-harness/convex builds it. With @convex-dev/migrations
   * 0.2.x, whose component has no `oneBatchOnly`, the harness calls the
   * migration itself with `{ cursor, batchSize }` instead (one batch per call).
   * The harness can only call the app's functions, and only the app can call
   * its components.
   */
  runner: FunctionReference<"mutation", "internal" | "public"> | string;
}

/**
 * A migration written with @convex-dev/migrations (`migrations.define({ table,
 * migrateOne })`), driven through the component one batch at a time: each
 * batch is one transaction that loads the component's saved state, runs the
 * batch at the cursor and saves the new state, as in production. The
 * component must be registered on the memory backend (`setupMemory`).
 *
 * @example
 * forward: componentMigration(internal.migrations.dropSaveRegenerationHistory.forward, {
 *   runner: internal.migrations.component.runBatch,
 * })
 */
export function componentMigration(
  fn: FunctionReference<"mutation", "internal" | "public"> | string,
  options: ComponentMigrationOptions,
): MigrationDriver {
  const functionName = typeof fn === "string" ? fn : getFunctionName(fn);
  if (!options || (typeof options.runner !== "string" && typeof options.runner !== "object")) {
    throw new Error(`componentMigration(${functionName}): \`runner\` must name the app's one-batch runner mutation`);
  }
  const runner = typeof options.runner === "string" ? options.runner : getFunctionName(options.runner);
  return {
    protocol: "component",
    functionName,
    functions: [functionName, runner],
    async runBatch(backend, cursor, batchSize) {
      if (!withoutOneBatchOnly.has(runner)) {
        try {
          const result = await backend.mutation(runner, { fn: functionName, cursor, batchSize });
          return checkBatchResult(`${runner} (running ${functionName})`, result);
        } catch (error) {
          if (!rejectsOneBatchOnly(error)) throw error;
          // The runner's transaction threw, so nothing of it committed: the same batch runs again below.
          withoutOneBatchOnly.add(runner);
        }
      }
      // @convex-dev/migrations 0.2: the migration's own mutation runs exactly one batch when given a
      // cursor (dryRun false: for real, without its console hints), in one transaction, and answers in
      // the batch protocol's shape. The component's saved state is not involved, as with `oneBatchOnly`.
      const result = await backend.mutation(functionName, { cursor, batchSize, dryRun: false });
      return checkBatchResult(`${functionName} (@convex-dev/migrations 0.2, one batch)`, result);
    },
  };
}

/**
 * Runners whose component rejected `oneBatchOnly` (@convex-dev/migrations
 * 0.2.x has no such argument). Kept for the process, by runner name, so only
 * the first batch ever run pays for the rejected call.
 */
const withoutOneBatchOnly = new Set<string>();

/** A component's argument validation refusing `oneBatchOnly`: convex-test's words and a deployment's. */
function rejectsOneBatchOnly(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /oneBatchOnly/.test(message) && /(Unexpected|extra) field/.test(message);
}

function checkBatchResult(functionName: string, result: unknown): BatchResult {
  const r = result as Partial<BatchResult> | null;
  if (
    r === null ||
    typeof r !== "object" ||
    typeof r.continueCursor !== "string" ||
    typeof r.isDone !== "boolean" ||
    typeof r.processed !== "number"
  ) {
    throw new Error(
      `${functionName} returned ${JSON.stringify(result)}; the batch protocol expects ` +
        "{ continueCursor: string, isDone: boolean, processed: number }",
    );
  }
  return { continueCursor: r.continueCursor, isDone: r.isDone, processed: r.processed };
}
