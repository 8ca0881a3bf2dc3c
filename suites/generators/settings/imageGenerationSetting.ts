import fc from "fast-check";
import { type DatasetValue, fieldName, maybe } from "convex-migration-harness/generators";

export interface ImageGenerationDefaults {
  model: string;
  size: string;
  quality: string;
}

export interface ImageGenerationSettingOptions {
  /** The app's defaults: a user's own value equal to them must come up, since only a ledger tells them apart. */
  defaults?: ImageGenerationDefaults;
}

const MODELS = ["dall-e-2", "dall-e-3", "gpt-image-1", "flux-pro"];
const SIZES = ["256x256", "512x512", "1024x1024", "1792x1024"];
const QUALITIES = ["standard", "hd", "low", "high"];
const FIELDS = ["model", "size", "quality"] as const;

/** A value that is not a string, as older clients wrote in its place. */
const notAString: fc.Arbitrary<DatasetValue> = fc.oneof(
  fc.integer({ min: 0, max: 4096 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ width: 1024, height: 1024 }),
);

/**
 * A legacy userSettings.imageGeneration, a `v.any()` field before the
 * backfill: absent (what the backfill fills), a valid { model, size,
 * quality } (sometimes exactly the defaults), or invalid: not an object at
 * all (a model name, a number, null, an array), an object with a field
 * missing, a field of the wrong type, or a field the validator does not
 * know. Shrinks to absent.
 */
export function imageGenerationSetting(options: ImageGenerationSettingOptions = {}): fc.Arbitrary<DatasetValue | undefined> {
  const valid = fc.record(
    { model: fc.constantFrom(...MODELS), size: fc.constantFrom(...SIZES), quality: fc.constantFrom(...QUALITIES) },
    { noNullPrototype: true },
  );
  const defaults = options.defaults ? [{ arbitrary: fc.constant({ ...options.defaults }), weight: 2 }] : [];
  const notAnObject = fc.oneof(
    fc.constantFrom(...MODELS),
    fc.integer({ min: 0, max: 4096 }),
    fc.boolean(),
    fc.constant(null),
    fc.array(fc.constantFrom(...SIZES), { maxLength: 2 }),
  );
  const missingField = fc
    .tuple(valid, fc.subarray([...FIELDS], { minLength: 1 }))
    .map(([value, missing]) => Object.fromEntries(Object.entries(value).filter(([f]) => !missing.includes(f as never))));
  const wrongType = fc
    .tuple(valid, fc.constantFrom(...FIELDS), notAString)
    .map(([value, field, wrong]) => ({ ...value, [field]: wrong }));
  const extraField = fc
    .tuple(valid, fieldName().filter((f) => !(FIELDS as readonly string[]).includes(f)), fc.string({ maxLength: 8 }))
    .map(([value, field, extra]) => ({ ...value, [field]: extra }));
  const present = fc.oneof(
    { withCrossShrink: true },
    { arbitrary: valid as fc.Arbitrary<DatasetValue>, weight: 4 },
    ...defaults,
    { arbitrary: notAnObject, weight: 2 },
    { arbitrary: missingField, weight: 1 },
    { arbitrary: wrongType, weight: 1 },
    { arbitrary: extraField, weight: 1 },
  );
  return maybe(present, 0.6);
}
