import type { Doc } from "../../_generated/dataModel";

/**
 * messageMetadataV2's rules for one message's metadata, apart from the
 * database so that forward, rollback and their faults share them.
 */
export const MIGRATION = "messageMetadataV2";
export const VERSION = "2.0";

export type Metadata = Record<string, unknown>;

/** What the ledger keeps: the metadata before forward stamped it, or that there was none. */
export type Before = { had: false } | { had: true; metadata: Metadata };

/** A plain object: the only metadata that can gain fields. Arrays and null are values, not objects. */
export function isMetadataObject(value: unknown): value is Metadata {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof ArrayBuffer);
}

/** Already in the new shape: forward leaves it exactly as it is and records nothing. */
export function isV2(metadata: unknown): boolean {
  return isMetadataObject(metadata) && metadata.version === VERSION && typeof metadata.processedAt === "number";
}

/**
 * The fields forward writes. processedAt is the message's creation time, not
 * Date.now() as in the guide: a backfilled message was processed when it was
 * created, and a value derived from the document makes the result the same
 * whatever the batch size, however often a batch is retried, and on every
 * backend (a clock value would differ between any two runs).
 */
export function stampOf(doc: Doc<"messages">): { version: string; processedAt: number } {
  return { version: VERSION, processedAt: doc._creationTime };
}

/** Why metadata cannot gain fields, for migrationIssues. */
export function notAnObjectReason(metadata: unknown): string {
  const kind = metadata === null ? "null" : Array.isArray(metadata) ? "an array" : metadata instanceof ArrayBuffer ? "bytes" : `a ${typeof metadata}`;
  return `metadata is ${kind}, not an object: it cannot gain version and processedAt, so it was left as it is`;
}
