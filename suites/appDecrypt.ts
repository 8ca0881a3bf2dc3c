import { TEST_ENCRYPTION_KEY } from "./app.js";
import { tryDecryptSync } from "./decrypt.js";

/**
 * The app's `tryDecrypt`, with the suites' key passed explicitly: the app
 * reads its key from its deployment's environment, which is this process's
 * only on the memory backend. Accounting runs in the test process for every
 * backend, so it must not depend on that.
 */
export function tryDecryptAsApp(value: string): string {
  return tryDecryptSync(value, TEST_ENCRYPTION_KEY) ?? value;
}
