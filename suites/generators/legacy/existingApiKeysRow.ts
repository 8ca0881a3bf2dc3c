import fc from "fast-check";
import { type DatasetDocument, type DatasetValue, maybe } from "convex-migration-harness/generators";
import type { EncryptMarker } from "../encryptMarker.js";
import { withoutUndefined } from "../withoutUndefined.js";
import { apiKeyValue } from "./apiKeyValue.js";
import type { Provider } from "./providers.js";

export interface ExistingApiKeysRowOptions {
  /** The userId field; without it the document has no userId (the dataset adds it). */
  userId?: fc.Arbitrary<DatasetValue>;
}

/** A provider's value in the new table: encrypted, or (rarely, from a buggy writer) plain text. */
function storedKey(provider: Provider): fc.Arbitrary<string | EncryptMarker> {
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: apiKeyValue(provider).map((key): EncryptMarker => ({ __encrypt: key })), weight: 9 },
    { arbitrary: apiKeyValue(provider), weight: 1 },
  );
}

/**
 * An apiKeys row in the new shape that already exists before the migration
 * (the app wrote it after the new table shipped): each provider optional.
 */
export function existingApiKeysRow(options: ExistingApiKeysRowOptions = {}): fc.Arbitrary<DatasetDocument> {
  return fc
    .record(
      {
        userId: options.userId ?? fc.constant(undefined),
        openai: maybe(storedKey("openai"), 0.6),
        anthropic: maybe(storedKey("anthropic"), 0.5),
        google: maybe(storedKey("google"), 0.3),
        openrouter: maybe(storedKey("openrouter"), 0.2),
      },
      { noNullPrototype: true },
    )
    .map((doc) => withoutUndefined(doc) as DatasetDocument);
}
