import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { isEncryptMarker } from "../encryptMarker.js";
import { apiKeyValue } from "./apiKeyValue.js";
import { blobKinds, looksLikeCiphertext } from "./blobKind.js";
import { legacyApiKeysBlob } from "./legacyApiKeysBlob.js";
import { PROVIDERS } from "./providers.js";

const blobs = fc.sample(legacyApiKeysBlob(), { seed: 3, numRuns: 1000 });

describe("legacyApiKeysBlob", () => {
  test("produces every kind of blob but absent", () => {
    const kinds = new Set(blobs.flatMap(blobKinds));
    expect([...kinds].sort()).toEqual(
      ["base64-plaintext", "empty", "encrypted", "garbage", "json-not-object", "non-string-value", "plain-json", "short-base64", "wrong-key"].sort(),
    );
  });

  test("base64 plaintext passes the ciphertext heuristic; short base64 does not", () => {
    for (const blob of blobs) {
      const [kind] = blobKinds(blob);
      if (kind === "base64-plaintext") expect(looksLikeCiphertext(blob as string)).toBe(true);
      if (kind === "short-base64") expect((blob as string).length).toBeLessThanOrEqual(16);
    }
  });

  test("markers only encrypt strings, and only with the app's key or the wrong one", () => {
    for (const blob of blobs.filter(isEncryptMarker)) expect([undefined, "wrong"]).toContain(blob.key);
  });
});

describe("apiKeyValue", () => {
  test.each(PROVIDERS)("%s keys carry the provider's prefix", (provider) => {
    const prefix = { openai: "sk-", anthropic: "sk-ant-", google: "AIza", openrouter: "sk-or-" }[provider];
    for (const key of fc.sample(apiKeyValue(provider), { seed: 4, numRuns: 200 })) expect(key.startsWith(prefix)).toBe(true);
  });

  test("keys are sometimes unicode and sometimes very long, never ill-formed", () => {
    const keys = fc.sample(apiKeyValue("openai"), { seed: 5, numRuns: 1000 });
    expect(keys.some((key) => /[^\x00-\x7f]/.test(key))).toBe(true);
    expect(keys.some((key) => key.length >= 1000)).toBe(true);
    expect(keys.every((key) => new TextDecoder().decode(new TextEncoder().encode(key)) === key)).toBe(true);
  });
});
