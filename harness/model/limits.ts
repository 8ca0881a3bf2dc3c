/**
 * What one transaction used, in the units Convex limits: documents and bytes
 * read (scanned) and written, and index ranges read ("database queries").
 */
export interface TransactionUsage {
  documentsRead: number;
  bytesRead: number;
  documentsWritten: number;
  bytesWritten: number;
  databaseQueries: number;
}

export type TransactionLimits = TransactionUsage;

const MiB = 1 << 20;

/**
 * Convex's per-transaction limits (docs.convex.dev/production/state/limits),
 * the same defaults convex-test enforces when `transactionLimits` is on.
 */
export const CONVEX_TRANSACTION_LIMITS: Readonly<TransactionLimits> = Object.freeze({
  documentsRead: 32_000,
  bytesRead: 16 * MiB,
  documentsWritten: 16_000,
  bytesWritten: 16 * MiB,
  databaseQueries: 4_096,
});

export const usageKeys = ["documentsRead", "bytesRead", "documentsWritten", "bytesWritten", "databaseQueries"] as const;

export function zeroUsage(): TransactionUsage {
  return { documentsRead: 0, bytesRead: 0, documentsWritten: 0, bytesWritten: 0, databaseQueries: 0 };
}

/** The larger of two usages, key by key (the worst batch of a run). */
export function maxUsage(a: TransactionUsage, b: TransactionUsage): TransactionUsage {
  const out = zeroUsage();
  for (const key of usageKeys) out[key] = Math.max(a[key], b[key]);
  return out;
}

/** Keys on which `usage` exceeds `limits`. */
export function exceeded(usage: TransactionUsage, limits: TransactionLimits): Array<(typeof usageKeys)[number]> {
  return usageKeys.filter((key) => usage[key] > limits[key]);
}

/** "412 docs (1.3%)" style figure for one key. */
export function formatFigure(key: (typeof usageKeys)[number], used: number, limits: TransactionLimits): string {
  const share = `${((100 * used) / limits[key]).toFixed(used === 0 ? 0 : 2)}%`;
  return key.startsWith("bytes") ? `${formatBytes(used)} (${share})` : `${used} (${share})`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < MiB) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / MiB).toFixed(2)} MiB`;
}

/** One line: read N docs / X bytes, wrote M docs / Y bytes, Q index ranges, with shares of the limits. */
export function formatUsage(usage: TransactionUsage, limits: TransactionLimits): string {
  return (
    `read ${formatFigure("documentsRead", usage.documentsRead, limits)} docs, ` +
    `${formatFigure("bytesRead", usage.bytesRead, limits)}; ` +
    `wrote ${formatFigure("documentsWritten", usage.documentsWritten, limits)} docs, ` +
    `${formatFigure("bytesWritten", usage.bytesWritten, limits)}; ` +
    `${formatFigure("databaseQueries", usage.databaseQueries, limits)} index ranges`
  );
}
