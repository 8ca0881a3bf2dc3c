/** Which way a migration runs: forward (expand/backfill) or rollback (restore). */
export type Direction = "forward" | "rollback";
