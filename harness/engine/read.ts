import type { App } from "../model/app.js";
import type { Backend } from "../model/backend.js";
import type { Snapshot, SnapshotDocument } from "../model/snapshot.js";

/** Page size for reads; keeps each query far below Convex's read limits. */
const PAGE_SIZE = 500;

/** Reads every table of the app's schema page by page through `readPage`. */
export async function readSnapshot(app: App, backend: Backend): Promise<Snapshot> {
  const tables: Record<string, SnapshotDocument[]> = {};
  for (const table of app.tables) tables[table] = await readTable(app, backend, table);
  return { tables };
}

export async function readTable(app: App, backend: Backend, table: string): Promise<SnapshotDocument[]> {
  const documents: SnapshotDocument[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = (await backend.query(app.functions.readPage, { table, cursor, numItems: PAGE_SIZE })) as {
      page: SnapshotDocument[];
      continueCursor: string;
      isDone: boolean;
    };
    documents.push(...page.page);
    if (page.isDone) return documents;
    cursor = page.continueCursor;
  }
}
