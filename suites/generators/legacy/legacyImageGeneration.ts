import fc from "fast-check";
import type { DatasetValue } from "convex-migration-harness/generators";

const MODELS = ["dall-e-2", "dall-e-3", "gpt-image-1"];
const SIZES = ["256x256", "1024x1024", "1792x1024"];
const QUALITIES = ["standard", "hd", "low"];

/** The shape the backfill writes: exactly { model, size, quality }, all strings. */
export function isValidImageGeneration(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.join(",") === "model,quality,size" && Object.values(value).every((v) => typeof v === "string");
}

/**
 * A legacy userSettings.imageGeneration (a `v.any()` field): usually the
 * valid object, sometimes what older clients wrote instead: a partial
 * object, one with an extra field or a wrong type, a bare model name, null.
 */
export function legacyImageGeneration(): fc.Arbitrary<DatasetValue> {
  const valid = fc.record(
    { model: fc.constantFrom(...MODELS), size: fc.constantFrom(...SIZES), quality: fc.constantFrom(...QUALITIES) },
    { noNullPrototype: true },
  );
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: valid, weight: 6 },
    { arbitrary: valid.map(({ model, size }) => ({ model, size })), weight: 1 },
    { arbitrary: valid.map((settings) => ({ ...settings, style: "vivid" })), weight: 1 },
    { arbitrary: valid.map((settings) => ({ ...settings, size: 1024 })), weight: 1 },
    { arbitrary: fc.constantFrom(...MODELS), weight: 1 },
    { arbitrary: fc.constant(null), weight: 1 },
  );
}
