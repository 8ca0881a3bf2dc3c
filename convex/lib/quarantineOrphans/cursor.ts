/**
 * quarantineOrphans pages over three tables in one run: threads, then
 * messages, then attachments. That order is what makes the quarantine
 * cascade: a thread quarantined for having no user leaves its messages
 * without a thread when their turn comes, and a quarantined message leaves
 * its attachments with a dangling messageId.
 *
 * A cursor is JSON `{ "table": i, "inner": c }`: the index of the table in
 * TABLE_ORDER and the Convex pagination cursor inside it (null: its start).
 * Convex allows one paginated query per transaction, so one batch pages one
 * table; when that table is done, the next batch starts the next table. A run
 * therefore takes at most one batch per table more than ceil(n / batchSize).
 * Convex cursors are positions in the index, not offsets, so documents that
 * earlier batches moved to quarantine never make a later page skip anything.
 */
export const TABLE_ORDER = ["threads", "messages", "attachments"] as const;
export type OrphanTable = (typeof TABLE_ORDER)[number];

export interface QuarantineCursor {
  table: number;
  inner: string | null;
}

export function encodeCursor(cursor: QuarantineCursor): string {
  return JSON.stringify({ table: cursor.table, inner: cursor.inner });
}

/** null is the start of the first table; anything else must be a cursor this migration returned. */
export function decodeCursor(cursor: string | null): QuarantineCursor {
  if (cursor === null) return { table: 0, inner: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(cursor);
  } catch {
    parsed = undefined;
  }
  const candidate = parsed as Partial<QuarantineCursor> | undefined;
  if (
    candidate === null ||
    typeof candidate !== "object" ||
    !Number.isInteger(candidate.table) ||
    candidate.table! < 0 ||
    candidate.table! >= TABLE_ORDER.length ||
    !(candidate.inner === null || typeof candidate.inner === "string")
  ) {
    throw new Error(
      `quarantineOrphans: cursor ${JSON.stringify(cursor)} is not one this migration returned; ` +
        'expected {"table": 0-2, "inner": string | null}. Restart from null to run again from the beginning.',
    );
  }
  return { table: candidate.table!, inner: candidate.inner ?? null };
}
