import { faultBatches, type Fault } from "./modules.js";

const batch = faultBatches("encryptPlaintextKeys");

/** Plausible bugs of encryptPlaintextKeys, each with the invariant that must catch it. */
export const encryptPlaintextKeysFaults: Fault[] = [
  { name: "trustsLooksEncrypted", invariant: "noPlaintextSecrets", bug: "base64-looking plaintext skipped because it looks encrypted", maxDocuments: 2, overrides: { forward: batch("trustsLooksEncrypted", "forward") } },
  { name: "rollbackDecryptsEverything", invariant: "roundTrip", bug: "a rollback that decrypts keys that were encrypted before the migration", maxDocuments: 2, overrides: { rollback: batch("rollbackDecryptsEverything", "rollback") } },
];
