import { searchQueries } from "./generators/index.js";
import type { Snapshot } from "convex-migration-harness";

/**
 * Every (user, query) pair the two thread searches must agree on: each user
 * who owns a thread (deleted users included: their threads are still
 * searchable by id) and each user without one, times the queries
 * `searchQueries` derives from the titles. "Same results" means the same set
 * of thread ids: the filter returns index order, the search index relevance
 * order, and for these queries (whole vocabulary words and their prefixes,
 * any case, and blank) substring and token-prefix matching agree.
 */
export function searchArgs(snapshot: Snapshot): Array<Record<string, unknown>> {
  const threads = snapshot.tables.threads ?? [];
  const users = new Set<string>([...(snapshot.tables.users ?? []).map((u) => u._id), ...threads.map((t) => String(t.userId))]);
  const queries = searchQueries(threads.map((t) => String(t.title)));
  return [...users].flatMap((userId) => queries.map((query) => ({ userId, query })));
}
