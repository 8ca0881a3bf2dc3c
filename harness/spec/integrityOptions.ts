import { getFunctionName, type FunctionReference } from "convex/server";
import type { Snapshot } from "../model/snapshot.js";

/**
 * Spec options of the integrity invariants: which fields reference which
 * tables, where a migration puts documents aside (referentialIntegrity), and
 * which query replaces which (queryEquivalent).
 */

/** Reference fields per table: `{ messages: { threadId: "threads" } }`. */
export type References = Record<string, Record<string, string>>;

/**
 * Where a migration moves documents it takes out of their table, with the
 * original document. A reference to a quarantined document is accounted for,
 * not dangling, and an orphan found there (same content) was not lost.
 */
export interface QuarantineOptions {
  /** The quarantine table. */
  table: string;
  /** Field holding the original document's id. Default "originalId". */
  originalId?: string;
  /** Field holding the original document. Default "document". */
  document?: string;
  /** Field holding the original document's table. Default "table". */
  sourceTable?: string;
}

export type ResolvedQuarantine = Readonly<Required<QuarantineOptions>>;

/** Arguments the two queries are called with: one call of each per element. */
export type QueryArgs = Record<string, unknown>;

/**
 * A query that replaces another (an index evolution): for every argument,
 * the new one must return what the old one did.
 */
export interface QueryEquivalenceOptions {
  /** The query the app serves before the rollout, e.g. internal.threads.searchByFilter. */
  old: FunctionReference<"query", "internal" | "public"> | string;
  /** Its replacement, e.g. internal.threads.search. */
  new: FunctionReference<"query", "internal" | "public"> | string;
  /**
   * The arguments to compare on, computed from the seeded data (ids exist only
   * once a backend has minted them): e.g. every user x every word of a title.
   */
  args: (snapshot: Snapshot) => QueryArgs[];
  /**
   * What must be equal in two results. Default: an array of documents
   * compares as its sorted list of _id (a set, since a search index orders by
   * relevance and a filter by index order); any other value as it is.
   */
  normalize?: (result: unknown) => unknown;
  /**
   * When the new query must agree with the old one on D: "before" (both on
   * D: the new query can be switched on before the migration runs) and
   * "afterForward" (the new query on forward(D): the migration completes the
   * rollout). Default ["afterForward"].
   */
  stages?: Array<"before" | "afterForward">;
}

export interface ResolvedQueryEquivalence {
  readonly old: string;
  readonly new: string;
  readonly args: QueryEquivalenceOptions["args"];
  readonly normalize: (result: unknown) => unknown;
  readonly stages: ReadonlyArray<"before" | "afterForward">;
}

type Fail = (option: string, problem: string) => never;

export function checkReferences(references: References, fail: Fail): References {
  if (typeof references !== "object" || references === null) fail("references", "must map tables to { field: referencedTable }");
  for (const [table, fields] of Object.entries(references)) {
    if (typeof fields !== "object" || fields === null) fail(`references.${table}`, "must map fields to the table they reference");
    for (const [field, target] of Object.entries(fields)) {
      if (typeof target !== "string") fail(`references.${table}.${field}`, "must name the referenced table");
    }
  }
  return references;
}

export function resolveQuarantine(quarantine: QuarantineOptions | string, fail: Fail): ResolvedQuarantine {
  const options = typeof quarantine === "string" ? { table: quarantine } : quarantine;
  if (typeof options !== "object" || options === null || typeof options.table !== "string") {
    fail("quarantine", "must name the quarantine table, e.g. { table: \"quarantine\" }");
  }
  const resolved = {
    table: options.table,
    originalId: options.originalId ?? "originalId",
    document: options.document ?? "document",
    sourceTable: options.sourceTable ?? "table",
  };
  for (const [key, value] of Object.entries(resolved)) if (typeof value !== "string") fail(`quarantine.${key}`, "must be a field name");
  return Object.freeze(resolved);
}

export function resolveQueries(queries: QueryEquivalenceOptions, fail: Fail): ResolvedQueryEquivalence {
  if (typeof queries !== "object" || queries === null) fail("queries", "must be an object { old, new, args }");
  const name = (key: "old" | "new"): string => {
    const fn = queries[key];
    if (typeof fn === "string") return fn;
    if (typeof fn === "object" && fn !== null) return getFunctionName(fn);
    return fail(`queries.${key}`, "must name a query, e.g. internal.threads.search");
  };
  if (typeof queries.args !== "function") fail("queries.args", "must be a function (snapshot) => argument objects");
  if (queries.normalize !== undefined && typeof queries.normalize !== "function") fail("queries.normalize", "must be a function");
  const stages = queries.stages ?? ["afterForward"];
  if (!Array.isArray(stages) || stages.length === 0 || stages.some((s) => s !== "before" && s !== "afterForward")) {
    fail("queries.stages", 'must be a non-empty array of "before" and "afterForward"');
  }
  return Object.freeze({
    old: name("old"),
    new: name("new"),
    args: queries.args,
    normalize: queries.normalize ?? idsOfDocuments,
    stages: [...new Set(stages)],
  });
}

/** An array of documents becomes its sorted _id list; anything else stays as it is. */
export function idsOfDocuments(result: unknown): unknown {
  if (!Array.isArray(result)) return result;
  if (!result.every((item) => typeof item === "object" && item !== null && typeof (item as { _id?: unknown })._id === "string")) {
    return result;
  }
  return result.map((item) => (item as { _id: string })._id).sort();
}
