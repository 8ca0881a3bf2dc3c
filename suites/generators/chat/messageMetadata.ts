import fc from "fast-check";
import { type DatasetValue, fieldName, jsonLike } from "convex-migration-harness/generators";

/** The shapes of legacy messages.metadata that messageMetadataV2 must handle. */
export type MetadataKind = "absent" | "object" | "v2" | "partial-v2" | "not-object";

/** A processedAt from before the migration: a fixed past, never a message's own creation time. */
const legacyTime = fc.integer({ min: 1_600_000_000_000, max: 1_700_000_000_000 });

function extraFields(): fc.Arbitrary<Record<string, DatasetValue>> {
  return fc.dictionary(fieldName(), jsonLike(1, 3) as fc.Arbitrary<DatasetValue>, { maxKeys: 3, noNullPrototype: true });
}

/**
 * messages.metadata in every legacy shape (`metadataKind` tells which): absent, an
 * object (sometimes with an older `version` or a non-number processedAt,
 * which forward overwrites and rollback must bring back), already v2 (left
 * alone), half v2 (version "2.0" without processedAt), and not an object at
 * all (a string, number, boolean, null or array: recorded, never changed).
 * Shrinks to absent.
 */
export function messageMetadata(): fc.Arbitrary<DatasetValue | undefined> {
  const object = fc
    .tuple(extraFields(), fc.option(fc.constantFrom("1.0", "1.1", 1), { nil: undefined }), fc.option(fc.constantFrom("yesterday", null), { nil: undefined }))
    .map(([fields, version, processedAt]): DatasetValue => ({
      ...fields,
      ...(version !== undefined ? { version } : {}),
      ...(processedAt !== undefined ? { processedAt } : {}),
    }));
  const v2 = fc.tuple(extraFields(), legacyTime).map(([fields, processedAt]): DatasetValue => ({ ...fields, version: "2.0", processedAt }));
  const partial = extraFields().map((fields): DatasetValue => ({ ...fields, version: "2.0" }));
  const notObject: fc.Arbitrary<DatasetValue> = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.integer(), { maxLength: 3 }),
  );
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant(undefined), weight: 3 },
    { arbitrary: object, weight: 4 },
    { arbitrary: v2, weight: 2 },
    { arbitrary: partial, weight: 1 },
    { arbitrary: notObject, weight: 2 },
  );
}

/** Which legacy shape a metadata value has (what the generator aimed for, told from the value). */
export function metadataKind(value: unknown): MetadataKind {
  if (value === undefined) return "absent";
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not-object";
  const fields = value as Record<string, unknown>;
  if (fields.version === "2.0") return typeof fields.processedAt === "number" ? "v2" : "partial-v2";
  return "object";
}
