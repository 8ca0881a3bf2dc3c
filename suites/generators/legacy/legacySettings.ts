import fc from "fast-check";
import { type DatasetDocument, type DatasetValue, fakerArbitrary, fieldName, maybe } from "convex-migration-harness/generators";
import { withoutUndefined } from "../withoutUndefined.js";
import { legacyKeyValue } from "./apiKeyValue.js";
import { legacyApiKeysBlob } from "./legacyApiKeysBlob.js";
import { legacyImageGeneration } from "./legacyImageGeneration.js";

export interface LegacySettingsOptions {
  /** The userId field; without it the document has no userId (the dataset adds it). */
  userId?: fc.Arbitrary<DatasetValue>;
}

/**
 * A legacy userSettings document. Every optional field is absent on its own;
 * the key-bearing ones hold every legacy shape (see `legacyApiKeysBlob`).
 * Shrinks toward a document with no optional field at all.
 */
export function legacySettings(options: LegacySettingsOptions = {}): fc.Arbitrary<DatasetDocument> {
  return fc
    .record(
      {
        userId: options.userId ?? fc.constant(undefined),
        theme: maybe(fc.constantFrom("light", "dark", "system"), 0.6),
        encryptedApiKeys: maybe(legacyApiKeysBlob(), 0.7),
        // The plain-text fields predate the blob: most users never had them.
        openaiKey: maybe(legacyKeyValue("openai"), 0.3),
        anthropicKey: maybe(legacyKeyValue("anthropic"), 0.25),
        saveRegenerationHistory: maybe(fc.boolean(), 0.6),
        imageGeneration: maybe(legacyImageGeneration(), 0.3),
        preferences: maybe(
          fc.dictionary(fieldName(), fakerArbitrary((f) => f.word.sample()), { maxKeys: 3, noNullPrototype: true }),
          0.3,
        ),
      },
      { noNullPrototype: true },
    )
    .map((doc) => withoutUndefined(doc) as DatasetDocument);
}
