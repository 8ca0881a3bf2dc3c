import { decryptWithSecret, looksEncrypted } from "../convex/encryption";
import { TEST_ENCRYPTION_KEY } from "./app.js";

/**
 * The app's `tryDecrypt`, with the suites' key passed explicitly: the app
 * reads its key from its deployment's environment, which is this process's
 * only on the memory backend. Accounting runs in the test process for every
 * backend, so it must not depend on that.
 */
export async function tryDecryptAsApp(value: string): Promise<string> {
  if (!looksEncrypted(value)) return value;
  try {
    return await decryptWithSecret(value, TEST_ENCRYPTION_KEY);
  } catch {
    return value;
  }
}
