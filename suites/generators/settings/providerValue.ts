import fc from "fast-check";
import { type DatasetValue, maybe } from "convex-migration-harness/generators";
import { apiKeyValue } from "../legacy/apiKeyValue.js";
import type { Provider } from "../legacy/providers.js";

/**
 * Base64 of 29 to 60 random bytes: it looks exactly like ciphertext to the
 * guide's heuristic (long enough for IV + tag + 1 byte) but is plaintext, or
 * ciphertext of a key the app does not hold; only decrypting tells.
 */
const base64Plaintext = fc.uint8Array({ minLength: 29, maxLength: 60 }).map((bytes) => btoa(String.fromCharCode(...bytes)));

/**
 * A key whose UTF-16 holds a lone surrogate: convex-test stores it, and
 * encryption (UTF-8) would silently turn it into U+FFFD, so a migration must
 * leave it as it is and say so.
 */
const loneSurrogate = (provider: Provider) => apiKeyValue(provider).map((key) => `${key.slice(0, 6)}\uD800${key.slice(6)}`);

/**
 * A provider value of an apiKeys row before encryptPlaintextKeys: absent,
 * empty, plaintext (realistic, unicode or very long keys), encrypted with the
 * app's key, encrypted with a foreign key, base64-looking plaintext, or
 * (rarely) a lone surrogate. Shrinks to absent, then to a realistic plaintext key.
 */
export function providerValue(provider: Provider): fc.Arbitrary<DatasetValue | undefined> {
  const key = apiKeyValue(provider);
  return maybe(
    fc.oneof(
      { withCrossShrink: true },
      { arbitrary: key as fc.Arbitrary<DatasetValue>, weight: 8 },
      { arbitrary: key.map((k) => ({ __encrypt: k })), weight: 6 },
      { arbitrary: key.map((k) => ({ __encrypt: k, key: "wrong" as const })), weight: 2 },
      { arbitrary: base64Plaintext, weight: 2 },
      { arbitrary: fc.constant(""), weight: 1 },
      { arbitrary: loneSurrogate(provider), weight: 1 },
    ),
    0.7,
  );
}
