/**
 * Convex's per-document limits (docs.convex.dev/production/state/limits),
 * which convex-test does not enforce: the harness validates migrated
 * documents against them, the generators press datasets toward them.
 */
export const DOCUMENT_LIMITS = {
  /** Bytes in one document. */
  maxSize: 1024 * 1024,
  /** Nesting of objects and arrays; the document itself is level 1. */
  maxDepth: 16,
  /** Elements in one array. */
  maxArrayLength: 8192,
  /** Fields in one object. */
  maxFields: 1024,
  /** Characters in a field name. */
  maxFieldNameLength: 1024,
} as const;
