import type { MigrationSpecOptions, Snapshot } from "convex-migration-harness";

/** Stands for "processedAt is this message's creation time" in every comparison. */
export const STAMPED_AT_CREATION = "<processedAt = _creationTime>";

/**
 * The canonical snapshot, with a processedAt that equals the message's own
 * creation time written as STAMPED_AT_CREATION. Creation times differ between
 * two runs (and backends), so the raw number would make every comparison of
 * two runs fail; whether forward stamped the message's own creation time is
 * what must match. Any other processedAt (a legacy value) stays a number, so
 * a forward that overwrites one is still seen.
 */
export function processedAtView(snapshot: Snapshot, { canonicalize }: Parameters<NonNullable<MigrationSpecOptions["view"]>>[1]): unknown {
  const messages = (snapshot.tables.messages ?? []).map((doc) => {
    const metadata = doc.metadata as Record<string, unknown> | undefined;
    if (typeof metadata !== "object" || metadata === null || Array.isArray(metadata)) return doc;
    if (metadata.processedAt !== doc._creationTime) return doc;
    return { ...doc, metadata: { ...metadata, processedAt: STAMPED_AT_CREATION } };
  });
  return canonicalize({ tables: { ...snapshot.tables, messages } });
}
