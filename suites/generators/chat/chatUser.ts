import fc from "fast-check";
import { type DatasetDocument, rarely } from "convex-migration-harness/generators";
import { legacyUser } from "../legacy/legacyUser.js";

/** A user, and whether it is deleted after seeding (which leaves its threads without a user). */
export interface ChatUserEntry {
  user: DatasetDocument;
  deleted: boolean;
}

/** `orphanRate`: the chance that the user is deleted after seeding. */
export function chatUser(orphanRate = 0.15): fc.Arbitrary<ChatUserEntry> {
  return fc.record({ user: legacyUser(), deleted: rarely(orphanRate) }, { noNullPrototype: true });
}
