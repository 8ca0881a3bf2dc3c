import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { decryptWithSecret, encryptWithSecret, WRONG_ENCRYPTION_SECRET } from "../convex/encryption";
import { TEST_ENCRYPTION_KEY } from "./app.js";
import { decryptSync, tryDecryptSync } from "./decrypt.js";

/** What the app's asynchronous decryption answers: the plaintext, or undefined when it throws. */
async function appAnswer(value: string, secret: string): Promise<string | undefined> {
  try {
    return await decryptWithSecret(value, secret);
  } catch {
    return undefined;
  }
}

describe("decryptSync opens the app's ciphertext as the app does", () => {
  test.prop([fc.string({ unit: "binary" }), fc.constantFrom(TEST_ENCRYPTION_KEY, "another secret")], { numRuns: 50 })(
    "round trip of the app's encryption, and the wrong key fails",
    async (plaintext, secret) => {
      const sealed = await encryptWithSecret(plaintext, secret);
      // Lone surrogates do not survive UTF-8: compare with what the app itself reads back.
      expect(decryptSync(sealed, secret)).toBe(await decryptWithSecret(sealed, secret));
      expect(tryDecryptSync(sealed, WRONG_ENCRYPTION_SECRET)).toBeUndefined();
    },
  );

  test.prop([fc.string({ minLength: 1 }), fc.nat(), fc.integer({ min: 1, max: 255 })], { numRuns: 50 })(
    "a tampered byte fails both",
    async (plaintext, at, flip) => {
      const bytes = Buffer.from(await encryptWithSecret(plaintext, TEST_ENCRYPTION_KEY), "base64");
      bytes[at % bytes.length] ^= flip;
      const tampered = bytes.toString("base64");
      expect(tryDecryptSync(tampered, TEST_ENCRYPTION_KEY)).toBeUndefined();
      expect(await appAnswer(tampered, TEST_ENCRYPTION_KEY)).toBeUndefined();
    },
  );

  test.prop([fc.base64String({ minLength: 40, maxLength: 120 })], { numRuns: 50 })(
    "base64 that is not ciphertext fails both",
    async (value) => {
      expect(tryDecryptSync(value, TEST_ENCRYPTION_KEY)).toBe(await appAnswer(value, TEST_ENCRYPTION_KEY));
    },
  );
});
