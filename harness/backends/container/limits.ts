/**
 * Convex's per-transaction limits, lowered so that a migration that reads or
 * writes too much per batch fails on the small datasets of a property run
 * instead of on production's large ones. The backend reads each knob from an
 * environment variable (crates/common/src/knobs.rs of convex-backend).
 */
export interface TransactionLimits {
  /** TRANSACTION_MAX_READ_SIZE_ROWS (Convex default 16,384 documents). */
  maxReadRows: number;
  /** TRANSACTION_MAX_READ_SIZE_BYTES (default 8 MiB). */
  maxReadBytes: number;
  /** TRANSACTION_MAX_NUM_USER_WRITES (default 8,192 documents). */
  maxWrites: number;
  /** TRANSACTION_MAX_USER_WRITE_SIZE_BYTES (default 8 MiB). */
  maxWriteBytes: number;
}

export const CONVEX_DEFAULT_LIMITS: Readonly<TransactionLimits> = Object.freeze({
  maxReadRows: 16_384,
  maxReadBytes: 8 * 1024 * 1024,
  maxWrites: 8_192,
  maxWriteBytes: 8 * 1024 * 1024,
});

/**
 * A quarter of Convex's defaults. Not lower, because the harness's own
 * test-only functions must fit too: clearAll reads and deletes up to 4,000
 * documents in one call (convex/testing.ts), seeding writes 256 per call.
 */
export const HARNESS_DEFAULT_LIMITS: Readonly<TransactionLimits> = Object.freeze({
  maxReadRows: 4_096,
  maxReadBytes: 2 * 1024 * 1024,
  maxWrites: 4_096,
  maxWriteBytes: 2 * 1024 * 1024,
});

const VARIABLES: Record<keyof TransactionLimits, string> = {
  maxReadRows: "TRANSACTION_MAX_READ_SIZE_ROWS",
  maxReadBytes: "TRANSACTION_MAX_READ_SIZE_BYTES",
  maxWrites: "TRANSACTION_MAX_NUM_USER_WRITES",
  maxWriteBytes: "TRANSACTION_MAX_USER_WRITE_SIZE_BYTES",
};

/** Fills defaults and rejects nonsense, naming the option. */
export function resolveTransactionLimits(partial: Partial<TransactionLimits> = {}): TransactionLimits {
  const limits = { ...HARNESS_DEFAULT_LIMITS, ...partial };
  for (const key of Object.keys(limits) as Array<keyof TransactionLimits>) {
    if (!(key in VARIABLES)) throw new Error(`withTransactionLimits: unknown limit \`${key}\`; known: ${Object.keys(VARIABLES).join(", ")}`);
    const value = limits[key];
    if (!Number.isInteger(value) || value <= 0) {
      throw new Error(`withTransactionLimits: \`${key}\` must be a positive integer, got ${JSON.stringify(value)}`);
    }
    if (value > CONVEX_DEFAULT_LIMITS[key]) {
      throw new Error(
        `withTransactionLimits: \`${key}\` is ${value}, above Convex's own limit of ${CONVEX_DEFAULT_LIMITS[key]}; ` +
          "a test backend more lenient than production would hide limit bugs",
      );
    }
  }
  return limits;
}

/** The backend's environment variables for a set of limits. */
export function limitsEnvironment(limits: TransactionLimits): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, variable] of Object.entries(VARIABLES)) env[variable] = String(limits[key as keyof TransactionLimits]);
  return env;
}
