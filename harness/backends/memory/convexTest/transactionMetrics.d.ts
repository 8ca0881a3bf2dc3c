// convex-test 0.0.71 bundled with convex 1.48.0 (both Apache-2.0, see LICENSE), by scripts/vendorConvexTest.ts.
export type TransactionMetrics = {
    bytesRead: number;
    bytesWritten: number;
    databaseQueries: number;
    documentsRead: number;
    documentsWritten: number;
    functionsScheduled: number;
    scheduledFunctionArgsBytes: number;
    filesWritten: number;
    fileWriteBytes: number;
    filesRead: number;
    fileReadBytes: number;
};
/**
 * Tracks per-transaction bandwidth usage and enforces limits.
 *
 * Like `DatabaseFake`, which owns a stack of nested write layers and exposes
 * `startTransaction` / `commit` / `rollbackWrites`, this tracker owns a stack
 * of metrics layers and exposes the matching lifecycle. The
 * `TransactionManager` drives both in lockstep.
 *
 * Reads and writes are counted against the innermost (top) layer. A nested
 * `ctx.runQuery` / `ctx.runMutation` pushes a child layer that inherits the
 * parent's accumulated usage (so the global limit still applies to the whole
 * transaction) plus any tighter `transactionLimits`. On commit the child's
 * usage folds back into its parent; on rollback only the reads fold back,
 * since the writes were undone.
 */
export declare class TransactionMetricsTracker {
    private _config;
    private _layers;
    constructor(config?: Partial<TransactionMetrics> | boolean);
    startTransaction(transactionLimits?: Partial<TransactionMetrics>): void;
    commit(): void;
    rollback(): void;
    trackRead(docSizeBytes: number): void;
    trackWrite(docSizeBytes: number): void;
    trackIndexRange(): void;
    trackScheduledFunction(argsSizeBytes: number): void;
    trackFileWrite(sizeBytes: number): void;
    untrackFileWrite(sizeBytes: number): void;
    trackFileRead(sizeBytes: number): void;
    getTransactionMetrics(): {
        bytesRead: {
            used: number;
            remaining: number;
        };
        bytesWritten: {
            used: number;
            remaining: number;
        };
        databaseQueries: {
            used: number;
            remaining: number;
        };
        documentsRead: {
            used: number;
            remaining: number;
        };
        documentsWritten: {
            used: number;
            remaining: number;
        };
        functionsScheduled: {
            used: number;
            remaining: number;
        };
        scheduledFunctionArgsBytes: {
            used: number;
            remaining: number;
        };
        filesWritten: {
            used: number;
            remaining: number;
        };
        fileWriteBytes: {
            used: number;
            remaining: number;
        };
        filesRead: {
            used: number;
            remaining: number;
        };
        fileReadBytes: {
            used: number;
            remaining: number;
        };
    };
    private _current;
    private _pop;
    private _rootLayer;
    private _childLayer;
}
