import { testingFunctions } from "convex-migration-harness/convex";
import { internalMutation, internalQuery } from "./_generated/server";
import { encrypt, encryptWithSecret, WRONG_ENCRYPTION_SECRET } from "./encryption";
import schema from "./schema";

/**
 * Test-only functions through which the harness drives any backend (in
 * memory or a deployment over HTTP). They refuse to run unless the
 * deployment is in test mode (CONVEX_HARNESS_TEST_MODE=1).
 *
 * `{ __encrypt: plaintext, key? }` in a dataset becomes this app's
 * ciphertext: AES-GCM with a random IV cannot come out of a synchronous
 * generator. `key: "wrong"` encrypts with a key the app does not hold (a
 * rotated or foreign key).
 */
export const { seed, patchDocuments, deleteDocuments, clearAll, readPage, tableNames } = testingFunctions({
  schema,
  internalMutation,
  internalQuery,
  markers: {
    encrypt: ({ __encrypt, key }) => {
      if (key === "wrong") return encryptWithSecret(String(__encrypt), WRONG_ENCRYPTION_SECRET);
      if (key !== undefined) throw new Error(`unknown __encrypt key ${JSON.stringify(key)}`);
      return encrypt(String(__encrypt));
    },
  },
});
