import fc from "fast-check";
import { type DatasetValue, rarely } from "convex-migration-harness/generators";
import { messageMetadata } from "./messageMetadata.js";

/** A message before it has ids: `thread` picks a thread by index (clamped to what exists). */
export interface ChatMessageEntry {
  thread: number;
  role: "user" | "assistant" | "system";
  content: string;
  metadata?: DatasetValue;
  /** Deleted after seeding: attachments pointing to it keep a dangling messageId. */
  deleted: boolean;
}

/** Message text: short, unicode, empty, or very long (a pasted document). */
export function messageContent(): fc.Arbitrary<string> {
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 10 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 3 },
    { arbitrary: fc.string({ minLength: 2000, maxLength: 3000 }), weight: 1 },
  );
}

/** `orphanRate`: the chance that the message is deleted after seeding. */
export function chatMessage(orphanRate = 0.08): fc.Arbitrary<ChatMessageEntry> {
  return fc
    .record(
      {
        thread: fc.nat({ max: 5 }),
        role: fc.constantFrom("user" as const, "assistant" as const, "system" as const),
        content: messageContent(),
        metadata: messageMetadata(),
        deleted: rarely(orphanRate),
      },
      { noNullPrototype: true },
    )
    .map(({ metadata, ...entry }) => (metadata === undefined ? entry : { ...entry, metadata }));
}
