import { stableStringify } from "../../../model/stable.js";
import { labelIds } from "../../../model/labels.js";
import type { PageRead } from "../../../backends/memory/measure/recorder.js";

/** A batch's page, as shown in a failure and as compared between two runs. */
export interface PageIdentity {
  /** `threads[0], new migrationLedger → threads[1]`: short, for failure lines. */
  shown: string;
  /** Equal on two runs exactly when the two pages hold the same documents. */
  key: string;
}

/**
 * Names the documents of a batch's page so that withinLimits can find the
 * batch that processed the same documents on the larger table. A seeded
 * document is its dataset label (`threads[0]`), the same on both runs. A
 * document the migration created during the run (a ledger entry that a
 * rollback pages over) has a new id on every run, so it is named by its
 * content instead, seeded ids replaced by their labels: the ledger entry for
 * `threads[0]` is the same on both runs, the one for `threads[1]` is another.
 * Naming every created document alike would pair any two pages of as many
 * created documents (a rollback batch restoring a message and a thread with
 * one restoring two threads) and report their different work as read growth.
 */
export function pageIdentity(pages: PageRead[], labels: Map<string, string>): PageIdentity | null {
  if (pages.length === 0) return null;
  const docs = pages.flatMap((page) => page.documents.map((doc) => nameDocument(page.table, doc, labels)));
  return { shown: docs.map((d) => d.shown).join(", "), key: docs.map((d) => d.key).join(", ") };
}

function nameDocument(table: string, doc: Record<string, unknown>, labels: Map<string, string>): PageIdentity {
  const id = String(doc._id);
  const label = labels.get(id);
  if (label !== undefined) return { shown: label, key: label };
  const { _id, _creationTime, ...content } = doc;
  const references = [...new Set(seededIdsIn(content).map((ref) => labels.get(ref)!))];
  return {
    shown: references.length > 0 ? `new ${table} → ${references.join(" ")}` : `new ${table}`,
    key: `new ${table} ${stableStringify(labelIds(content, labels))}`,
  };

  function seededIdsIn(value: unknown): string[] {
    if (typeof value === "string") return labels.has(value) ? [value] : [];
    if (Array.isArray(value)) return value.flatMap(seededIdsIn);
    if (value !== null && typeof value === "object") return Object.values(value).flatMap(seededIdsIn);
    return [];
  }
}
