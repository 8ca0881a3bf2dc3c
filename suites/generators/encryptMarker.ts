/**
 * A value the chat app encrypts while seeding (AES-GCM with a random IV
 * cannot be produced by a synchronous arbitrary): its `encrypt` seed marker,
 * resolved by convex/testing.ts. `key: "wrong"` encrypts with a key the app
 * does not hold, to model ciphertext from a rotated or foreign key.
 */
export type EncryptMarker = { __encrypt: string; key?: "wrong" };

/** Whether a dataset value is an encrypt marker. */
export function isEncryptMarker(value: unknown): value is EncryptMarker {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as EncryptMarker).__encrypt === "string"
  );
}
