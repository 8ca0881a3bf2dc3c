import fc from "fast-check";
import { type DatasetDocument, fakerArbitrary, fieldName, maybe } from "convex-migration-harness/generators";
import { withoutUndefined } from "../withoutUndefined.js";
import { deprecatedFlag } from "./deprecatedFlag.js";
import { imageGenerationSetting, type ImageGenerationSettingOptions } from "./imageGenerationSetting.js";

/**
 * A userSettings document for the settings migrations (deprecation, backfill),
 * without its userId (the dataset adds it): the deprecated flag, the image
 * settings, and fields those migrations must leave alone (theme,
 * preferences). Every optional field is absent on its own.
 */
export function settingsDocument(options: ImageGenerationSettingOptions = {}): fc.Arbitrary<DatasetDocument> {
  return fc
    .record(
      {
        theme: maybe(fc.constantFrom("light", "dark", "system"), 0.5),
        saveRegenerationHistory: deprecatedFlag(),
        imageGeneration: imageGenerationSetting(options),
        preferences: maybe(
          fc.dictionary(fieldName(), fakerArbitrary((f) => f.word.sample()), { maxKeys: 2, noNullPrototype: true }),
          0.25,
        ),
      },
      { noNullPrototype: true },
    )
    .map((doc) => withoutUndefined(doc) as DatasetDocument);
}
