import fc from "fast-check";
import { fakerArbitrary, maybe } from "convex-migration-harness/generators";
import type { EncryptMarker } from "../encryptMarker.js";
import { withoutUndefined } from "../withoutUndefined.js";
import { apiKeyValue, legacyKeyValue } from "./apiKeyValue.js";
import { jsonKind } from "./blobKind.js";
import { PROVIDERS } from "./providers.js";

/** A legacy encryptedApiKeys value: a string, or a marker the app encrypts while seeding. */
export type LegacyBlob = string | EncryptMarker;

/** The JSON text the app stored: an object of provider -> key, most often with an openai key. */
export function apiKeysJson(): fc.Arbitrary<string> {
  return fc
    .record(
      {
        openai: maybe(legacyKeyValue("openai"), 0.8),
        anthropic: maybe(legacyKeyValue("anthropic"), 0.5),
        google: maybe(legacyKeyValue("google"), 0.3),
        openrouter: maybe(legacyKeyValue("openrouter"), 0.2),
      },
      { noNullPrototype: true },
    )
    .map((keys) => JSON.stringify(withoutUndefined(keys)));
}

/** UTF-8 bytes in base64, as a careless writer would have "encoded" a value. */
function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Text that is neither JSON nor base64: a truncated blob, prose, a stringified object. */
function garbage(): fc.Arbitrary<string> {
  return fc
    .oneof(
      apiKeysJson().map((json) => json.slice(0, Math.max(1, Math.floor(json.length / 2)))),
      fakerArbitrary((f) => f.lorem.sentence()),
      fc.constantFrom("[object Object]", "{invalid json}", "openai: sk-test, anthropic: sk-ant-test", "sk-... (see vault)"),
    )
    // Keep the class honest: a text that happens to parse or look like base64 is made not to.
    .map((text) => (jsonKind(text) !== undefined || /^[A-Za-z0-9+/]+={0,2}$/.test(text) ? `~${text}` : text));
}

/** 8 to 16 base64 characters: looks encoded, too short to be this app's ciphertext. */
function shortBase64(): fc.Arbitrary<string> {
  const chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  // A leading letter keeps it from parsing as a JSON number.
  return fc
    .tuple(fc.constantFrom(...chars.slice(0, 52)), fc.string({ unit: fc.constantFrom(...chars), minLength: 7, maxLength: 15 }))
    .map(([first, rest]) => first + rest);
}

/**
 * Base64 of plaintext (prose, or the keys JSON itself), long enough to pass
 * the ciphertext heuristic (>= 29 bytes) but not decryptable: `tryDecrypt`
 * must fall back, not crash.
 */
function base64Plaintext(): fc.Arbitrary<string> {
  return fc
    .oneof(fakerArbitrary((f) => f.lorem.sentence(10)), apiKeysJson())
    .map((text) => base64(text.padEnd(30, ".")));
}

/** Valid JSON that is not an object of keys: an array, a number, a JSON string, null. */
function jsonNotObject(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom("[1,2]", "42", "null", "true", "[]"),
    apiKeyValue("openai").map((key) => JSON.stringify(key)),
    apiKeysJson().map((json) => `[${json}]`),
  );
}

/** A JSON object of keys in which one provider's value is not a string. */
function nonStringValue(): fc.Arbitrary<string> {
  const bad = fc.oneof(fc.integer(), fc.constant(null), fc.boolean(), fc.constant({ key: "sk-nested" }), fc.constant(["sk-a", "sk-b"]));
  return fc
    .tuple(apiKeysJson(), fc.constantFrom(...PROVIDERS), bad)
    .map(([json, provider, value]) => JSON.stringify({ ...JSON.parse(json), [provider]: value }));
}

const encrypted = (plaintext: string): EncryptMarker => ({ __encrypt: plaintext });

/**
 * A legacy encryptedApiKeys value, in every shape production holds: the keys
 * JSON encrypted (most often) or in plain text, empty, encrypted with a key
 * the app no longer has, garbage, short base64, base64-looking plaintext,
 * JSON that is not an object of keys (sometimes encrypted). See `blobKinds`.
 */
export function legacyApiKeysBlob(): fc.Arbitrary<LegacyBlob> {
  return fc.oneof(
    // Cross-shrinking leads every blob back to the ordinary encrypted one.
    { withCrossShrink: true },
    { arbitrary: apiKeysJson().map(encrypted), weight: 10 },
    { arbitrary: apiKeysJson(), weight: 4 },
    { arbitrary: fc.constant(""), weight: 2 },
    { arbitrary: apiKeysJson().map((json): EncryptMarker => ({ __encrypt: json, key: "wrong" })), weight: 2 },
    { arbitrary: garbage(), weight: 2 },
    { arbitrary: shortBase64(), weight: 2 },
    { arbitrary: base64Plaintext(), weight: 2 },
    { arbitrary: jsonNotObject(), weight: 1 },
    { arbitrary: jsonNotObject().map(encrypted), weight: 1 },
    { arbitrary: nonStringValue(), weight: 1 },
    { arbitrary: nonStringValue().map(encrypted), weight: 1 },
  );
}
