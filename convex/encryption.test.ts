import { beforeEach, describe, expect, test } from "vitest";
import {
  decrypt, decryptWithSecret, encrypt, encryptWithSecret, looksEncrypted, tryDecrypt, WRONG_ENCRYPTION_SECRET,
} from "./encryption";
import { TEST_ENCRYPTION_KEY } from "./test.setup";

beforeEach(() => {
  process.env.API_KEY_ENCRYPTION_KEY = TEST_ENCRYPTION_KEY;
});

describe("encryption", () => {
  test("encrypt then decrypt returns the plaintext, unicode included", async () => {
    for (const plaintext of ["sk-abc", "", "ключ 🔑 鍵", "x".repeat(5000)]) {
      expect(await decrypt(await encrypt(plaintext))).toBe(plaintext);
    }
  });

  test("two encryptions of one plaintext differ (fresh IV)", async () => {
    expect(await encrypt("sk-same")).not.toBe(await encrypt("sk-same"));
  });

  test("ciphertext is base64 of IV + ciphertext + tag", async () => {
    const ciphertext = await encrypt("k");
    expect(atob(ciphertext)).toHaveLength(12 + 1 + 16);
    expect(looksEncrypted(ciphertext)).toBe(true);
  });

  test("decrypt throws on a wrong key, tampering and non-ciphertext", async () => {
    const foreign = await encryptWithSecret("sk-foreign", WRONG_ENCRYPTION_SECRET);
    await expect(decrypt(foreign)).rejects.toThrow();
    expect(await decryptWithSecret(foreign, WRONG_ENCRYPTION_SECRET)).toBe("sk-foreign");
    const ciphertext = await encrypt("sk-abc");
    const tampered = ciphertext[20] === "A" ? "B" : "A";
    await expect(decrypt(ciphertext.slice(0, 20) + tampered + ciphertext.slice(21))).rejects.toThrow();
    await expect(decrypt("not base64!")).rejects.toThrow();
  });

  test("encrypt refuses to run without a key", async () => {
    delete process.env.API_KEY_ENCRYPTION_KEY;
    await expect(encrypt("k")).rejects.toThrow(/API_KEY_ENCRYPTION_KEY/);
  });
});

describe("looksEncrypted / tryDecrypt heuristics", () => {
  test("plaintext and JSON come back unchanged", async () => {
    for (const value of ["sk-proj-123", '{"openai":"sk-1"}', "", "hello world"]) {
      expect(looksEncrypted(value)).toBe(false);
      expect(await tryDecrypt(value)).toBe(value);
    }
  });

  test("base64-looking plaintext passes the heuristic but comes back unchanged", async () => {
    const value = "abcdabcdabcdabcdabcdabcdabcdabcdabcdabcd";
    expect(looksEncrypted(value)).toBe(true);
    expect(await tryDecrypt(value)).toBe(value);
  });

  test("ciphertext from a foreign key comes back unchanged", async () => {
    const foreign = await encryptWithSecret("sk-foreign", WRONG_ENCRYPTION_SECRET);
    expect(await tryDecrypt(foreign)).toBe(foreign);
  });

  test("short base64 cannot hold IV + tag + 1 byte, so it is not decrypted", async () => {
    // 28 bytes: exactly IV + tag, no ciphertext byte.
    const short = btoa("x".repeat(28));
    expect(looksEncrypted(short)).toBe(false);
    expect(looksEncrypted(btoa("x".repeat(29)))).toBe(true);
    expect(await tryDecrypt("abcd")).toBe("abcd");
  });

  test("length not a multiple of 4 is not base64 ciphertext", () => {
    expect(looksEncrypted("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdab")).toBe(false);
  });

  test("app ciphertext decrypts", async () => {
    expect(await tryDecrypt(await encrypt("sk-live"))).toBe("sk-live");
  });
});
