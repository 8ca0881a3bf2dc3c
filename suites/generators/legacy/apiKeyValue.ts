import type { Faker } from "@faker-js/faker";
import fc from "fast-check";
import { fakerArbitrary } from "convex-migration-harness/generators";
import type { Provider } from "./providers.js";

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** How each provider's keys look, so that a report or a redaction rule sees realistic secrets. */
const PREFIX: Record<Provider, string> = { openai: "sk-", anthropic: "sk-ant-", google: "AIza", openrouter: "sk-or-" };

const REALISTIC: Record<Provider, (faker: Faker) => string> = {
  openai: (f) => `${f.helpers.arrayElement(["sk-", "sk-proj-"])}${f.string.alphanumeric(48)}`,
  anthropic: (f) => `sk-ant-api03-${f.string.fromCharacters(BASE64URL, 93)}AA`,
  google: (f) => `AIza${f.string.fromCharacters(BASE64URL, 35)}`,
  openrouter: (f) => `sk-or-v1-${f.string.hexadecimal({ length: 64, casing: "lower", prefix: "" })}`,
};

/**
 * Non-ASCII that reaches keys in practice: accents and scripts typed by
 * mistake, emoji, a combining mark, and the invisible characters a copy and
 * paste brings along. All well-formed: a lone surrogate cannot be stored.
 */
const UNICODE = ["é", "ключ", "密钥", "🔑", "e\u0301", "\u00a0", "\u200b", "Ω≈ç"];

/**
 * An API key for `provider`: usually realistic, sometimes with unicode in
 * it, rarely very long (1,000 to 2,500 characters). Shrinks to a realistic key.
 */
export function apiKeyValue(provider: Provider): fc.Arbitrary<string> {
  const realistic = fakerArbitrary(REALISTIC[provider]);
  const unicode = fc
    .tuple(realistic, fc.constantFrom(...UNICODE), fc.nat())
    .map(([key, piece, at]) => {
      const cut = PREFIX[provider].length + (at % (key.length - PREFIX[provider].length + 1));
      return key.slice(0, cut) + piece + key.slice(cut);
    });
  const long = fakerArbitrary((f) => PREFIX[provider] + f.string.alphanumeric({ length: { min: 1000, max: 2500 } }));
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: realistic, weight: 36 },
    { arbitrary: unicode, weight: 3 },
    { arbitrary: long, weight: 1 },
  );
}

/** A key as legacy fields hold it: sometimes "" (a key the user cleared). */
export function legacyKeyValue(provider: Provider): fc.Arbitrary<string> {
  return fc.oneof({ withCrossShrink: true }, { arbitrary: apiKeyValue(provider), weight: 19 }, { arbitrary: fc.constant(""), weight: 1 });
}
