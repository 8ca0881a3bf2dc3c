import { decrypt, looksEncrypted } from "../../encryption";
import { isWellFormed } from "../wellFormed";

/**
 * What an apiKeys provider value is, as far as the app can tell:
 * - `absent` / `empty`: no key (the read path treats "" as none), nothing to encrypt;
 * - `encrypted`: it decrypts with the app's key;
 * - `unencryptable`: plaintext that encryption would alter (a lone surrogate
 *   becomes U+FFFD in UTF-8), so it is left in place and recorded;
 * - `plaintext`: everything else, including base64 that looks like ciphertext
 *   but does not decrypt. Such a value may be plaintext that happens to look
 *   encoded, or ciphertext from a rotated or foreign key: the two cannot be
 *   told apart, and encrypting either loses nothing (the read path's
 *   `tryDecrypt` returns exactly the value it returned before), while
 *   trusting the look would leave base64-looking plaintext unencrypted.
 */
export type ValueClass = "absent" | "empty" | "encrypted" | "unencryptable" | "plaintext";

export async function classify(value: string | undefined): Promise<ValueClass> {
  if (value === undefined) return "absent";
  if (value === "") return "empty";
  if (looksEncrypted(value) && (await decryptsWithAppKey(value))) return "encrypted";
  if (!isWellFormed(value)) return "unencryptable";
  return "plaintext";
}

async function decryptsWithAppKey(value: string): Promise<boolean> {
  try {
    await decrypt(value);
    return true;
  } catch {
    return false;
  }
}
